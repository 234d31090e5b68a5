# Crocevia — user-interface strings (English).

## Language names, each written in its own language (used by the language switcher).
language-name = English

## Layout
site-tagline = Information and services for the integration of third-country nationals
skip-to-content = Skip to main content
skip-to-footer = Skip to footer
lang-switcher-label = Language
lang-switcher-current = Page language: { $language }
menu-label = Main menu
menu-toggle = Show or hide the menu
nav-home = Home
nav-guides = Guides
nav-services = Services
nav-glossary = Glossary
nav-search = Search
demo-notice = Demonstration site: service contacts and addresses are examples. For official procedures, contact the offices named.
external-link = (external site)

## Home page
home-title = Find the right procedure and the nearest service, in your language
home-lead = { $network } connects the region's one-stop desks, social, health and legal services and intercultural mediators. Here you find clear information on the most common procedures and the contacts to ask for help.
home-topics-title = The most requested procedures
home-topics-lead = A first explanation of what people ask the desks about most often. Rules can change: always check with the office in charge.
topic-where = Where to go: { $office }
topic-permit-title = Renewing your residence permit
topic-permit-text = Ask for the renewal before your permit expires, normally at least 60 days before. For many kinds of permit the application is sent with the postal kit from authorised post offices; for others it is made directly at the Questura.
topic-permit-office = Questura (police headquarters) or authorised post office (Sportello Amico)
topic-residence-title = Registering your residence
topic-residence-text = Registering with the register office of the municipality where you live is a right and opens the way to many services, from the identity card to social services. You need an identity document, your residence permit (or the renewal receipt) and the address where you live.
topic-residence-office = Municipal register office (anagrafe)
topic-health-title = Health care and your family doctor
topic-health-text = With a residence permit you register with the National Health Service and choose a family doctor or paediatrician. People without a valid permit still have the right to urgent and essential care with an STP code.
topic-health-office = Local health authority (ASL), doctor registration desk
topic-italian-title = Italian language courses
topic-italian-text = Provincial adult education centres run free Italian courses for adults, from beginner level, and the Italian language test required for some permits.
topic-italian-office = CPIA, provincial adult education centre
topic-work-title = Work and training
topic-work-text = The job centre helps you look for work, register as available for employment, and find training courses and traineeships.
topic-work-office = Job centre (Centro per l'impiego, CPI)
topic-family-title = Family reunification
topic-family-text = To bring your spouse, children or dependent parents to Italy, you apply online for clearance (nulla osta) to the one-stop immigration desk. You need suitable housing and a minimum income.
topic-family-office = One-stop immigration desk of the Prefettura
home-desk-title = The one-stop desk: one place to start
home-desk-text = At the one-stop desk a team of social, legal and health workers and intercultural mediators listens to your situation, guides you and, when needed, goes with you to the other services. The service is free of charge.
home-desk-point-info = Information and guidance on local services
home-desk-point-legal = Legal advice on permits, citizenship and asylum
home-desk-point-health = Guidance on health services
home-desk-point-mediation = Intercultural mediation in your language
home-desk-bring = Bring the documents you have: passport, residence permit or receipt, tax code.
home-contact-title = Contacts
home-contact-address = Address
home-contact-phone = Telephone
home-contact-email = Email
home-contact-hours = Opening hours
home-help-title = Useful numbers, free of charge
help-112 = Single emergency number: police, fire brigade, ambulance
help-1522 = Violence and stalking helpline: open 24 hours a day, also in other languages
help-antitratta = Anti-trafficking helpline: anonymous, open 24 hours a day, in several languages
home-languages-title = In your language
home-languages-text = This site is available in several languages. Choose yours from the "Language" menu at the top: you will stay on the same page.

## Footer
footer-about = { $network } is an open platform for the network of reception and integration services.
footer-funding = Developed within projects funded by the European Union's Asylum, Migration and Integration Fund (AMIF).
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-api = API and open data
footer-legal-title = Legal information

## Accessibility declaration
accessibility-title = Accessibility statement
accessibility-intro = { $network } is committed to making this website accessible, in accordance with Italian Law no. 4 of 9 January 2004 and Directive (EU) 2016/2102.
accessibility-status-title = Compliance status
accessibility-status-text = The site is designed to comply with the requirements of standard EN 301 549 and the WCAG 2.1 level AA guidelines. Every release is checked with automated tests in a real browser in Italian, English and Arabic; manual checks are ongoing.
accessibility-features-title = What we do for accessibility
accessibility-feature-languages = text in several languages, with the correct reading direction for Arabic and Urdu;
accessibility-feature-keyboard = full keyboard navigation, with a link to skip to the content;
accessibility-feature-nojs = pages that work without JavaScript and on slow connections;
accessibility-feature-contrast = adequate colour contrast and text size.
accessibility-feedback-title = Feedback
accessibility-feedback-text = If you find content that is not accessible, write to { $email }. We will answer within 30 days.
accessibility-feedback-nocontact = If you find content that is not accessible, report it to the organisation that runs this site. It will answer within 30 days.
accessibility-enforcement-title = Enforcement procedure
accessibility-enforcement-text = If the answer is unsatisfactory or does not arrive within 30 days, you can report it to the Digital Ombudsman at the Agency for Digital Italy (AgID).

## Privacy notice
privacy-title = Privacy notice
privacy-intro = This notice explains how { $network } processes the data of visitors to the public portal, under Regulation (EU) 2016/679 (GDPR).
privacy-data-title = What data we process
privacy-data-text = You do not need to register to use the portal and we do not ask for personal data. The server records only technical data needed for operation and security (for example the time of the request and the page requested), never the content of what you type.
privacy-cookies-title = Cookies
privacy-cookies-text = We only use technical cookies: one remembers the language you chose, one protects forms from forged requests. We use no profiling cookies and no third-party tracking tools.
privacy-rights-title = Your rights
privacy-rights-text = You can ask for access to, rectification or erasure of your data and object to processing by writing to { $email }. You can also lodge a complaint with the Italian Data Protection Authority (Garante per la protezione dei dati personali).
privacy-rights-nocontact = You can ask for access to, rectification or erasure of your data and object to processing by contacting the organisation that runs this site, which is the data controller. You can also lodge a complaint with the Italian Data Protection Authority (Garante per la protezione dei dati personali).
privacy-operators = Operators of the network's services use a restricted area, with a specific notice for the data of the people they support.

## Error pages
error-404-title = Page not found
error-404-text = The page you are looking for does not exist or has been moved.
error-500-title = Something went wrong
error-500-text = We could not complete your request. Please try again in a few minutes.
error-back-home = Back to the home page
error-request-id = Request code: { $id }
error-403-title = Access not allowed
error-403-text = The requested operation could not be carried out. Reload the page and try again.
error-403-permission = Your profile does not allow this operation. If you think this is a mistake, contact the network's administrator.
error-429-title = Too many attempts
error-429-text = You made too many requests in a short time. Wait a few minutes and try again.
error-400-title = Invalid request
error-400-text = The form you sent could not be read or is too large. Check the file and try again.

## Services directory
dir-title = Services
dir-lead = Find the nearest office or service that can help you and speaks your language.
dir-filters = Filter the services
dir-category = Kind of service
dir-category-any = All kinds
dir-place = Municipality
dir-place-hint = Type the name of the municipality, for example Torino.
dir-language = Language spoken
dir-language-any = All languages
dir-open-now = Open now
dir-free = Free services only
dir-search = Show services
dir-use-location = Use my location
dir-location-used = Sorted by distance from your location.
dir-place-used = Sorted by distance from { $place }.
dir-place-unknown = We cannot find the municipality "{ $place }": check the name or type another one.
dir-jump-map = See on the map
dir-nothing-near = No service in { $place } matches the filters: the nearest are about { $km } km away.
dir-results = { $count ->
    [one] One service found.
   *[other] { $count } services found.
}
dir-none = No service matches the chosen filters. Try removing a filter or searching in a nearby municipality.
dir-map = Map of the services
dir-map-hint = The map shows the services of the list; the list works without the map too.
dir-distance = { $km } km away
dir-open-until = Open now, closes at { $time }
dir-opens-today = Closed now, opens today at { $time }
dir-opens-at = Closed now, opens { $day } at { $time }
dir-hours-unknown = Opening hours not given
dir-temporarily-closed = Temporarily closed
dir-free-badge = Free
dir-languages = Languages spoken
dir-pagination = Result pages
dir-page-prev = Previous page
dir-page-next = Next page
dir-page-of = Page { $page } of { $pages }
dir-address = Address
dir-hours = Opening hours
dir-phone = Telephone
dir-email = Email
dir-website = Website
dir-documents = Documents to bring
dir-accessibility = Accessibility
dir-cost = Costs
dir-directions = Directions
dir-verified = Information checked on { $date }.
dir-not-verified = Information not yet checked by the editors.
dir-organization = Organisation
dir-back = Back to the list of services
dir-how-to-apply = How to access it
dir-eligibility = Who it is for
dir-where = Where it is
dir-closed-day = closed
dir-not-translated = This page is not yet translated into your language: you are reading it in { $language }.
dir-machine-translated = This page was translated automatically and has not been reviewed yet.
day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
hours-every-weeks =
    { $n ->
        [1] every week
        *[other] every { $n } weeks
    }
hours-every-months =
    { $n ->
        [1] every month
        *[other] every { $n } months
    }
hours-in-month = { $which } of the month
hours-month-days = days { $days } of the month
list-separator = { ", " }
hours-nth-1 = first
hours-nth-2 = second
hours-nth-3 = third
hours-nth-4 = fourth
hours-nth-5 = fifth
hours-nth-m1 = last
hours-nth-m2 = second to last
hours-nth-m3 = third to last
hours-nth-m4 = fourth to last
hours-nth-m5 = fifth to last
category-legal-permits = Residence permits and legal matters
category-health = Health
category-housing = Housing
category-work-training = Work and training
category-italian-language = Italian language courses
category-school = School
category-social-services = Social services
category-mediation = Intercultural mediation
category-anti-violence = Anti-violence support
category-asylum = Asylum and protection
category-family = Family

## Guides and glossary
guides-title = Procedure guides
guides-lead = The most common procedures explained step by step: who they are for, what to do, what to bring, what they cost and where to go.
guides-categories = Topics
guides-glossary-link = The words of these procedures, explained in the glossary
guides-back = All guides
guide-not-translated = This page is not yet fully translated into your language: some parts are in { $language }.
guide-machine-translated = This page was translated automatically and has not been reviewed by a person yet.
guide-category-permits = Residence permits
guide-category-residency = Residency and registry office
guide-category-health = Health
guide-category-tax = Tax code and taxes
guide-category-family = Family
guide-category-education = School, study and the Italian language
guide-category-work = Work
guide-category-citizenship = Citizenship
guide-category-protection = International protection
guide-category-mobility = Driving licence and transport
guide-contents = On this page
guide-section-audience = Who it is for
guide-section-steps = What to do
guide-section-documents = What you need
guide-section-outcome = What you get
guide-section-timing = Times and deadlines
guide-section-costs = What it costs
guide-section-legal = Legal references
guide-section-contacts = Contacts
guide-permit-types = For people with:
guide-permit-any = any permit
guide-permit-work = a work permit
guide-permit-family = a family permit
guide-permit-study = a study permit
guide-permit-long_term_eu = an EU long-term permit
guide-permit-asylum = asylum (refugee status)
guide-permit-subsidiary_protection = subsidiary protection
guide-permit-special_protection = special protection
guide-permit-waiting_employment = a job-seeking permit
guide-permit-none = no permit (yet)
guide-where-to-go = Where to go:
guide-official-pages = Official pages:
guide-reviewed = Content checked on { $date }; next check due by { $next }.
glossary-title = Glossary
glossary-lead = The words of immigration and public services, explained simply, in alphabetical order.
glossary-back = The whole glossary
glossary-in-italian = In Italian:
glossary-aliases = Also called:
glossary-source = Source:
glossary-related = See also
glossary-guides = Guides that mention it
guide-print = Printable version
guide-print-title = Printable guide: in your language and in Italian
guide-print-qr = Scan the code to open this guide on a phone:
guide-pdf = Download the PDF (two languages)

## Search (issue 6)
search-title = Search
search-label = Search guides, services and words
search-placeholder = e.g. renew residence permit
search-button = Search
search-results = { $count ->
    [one] 1 result for “{ $query }”
   *[other] { $count } results for “{ $query }”
}
search-kind-all = All
search-kind-guide = Guides
search-kind-service = Services
search-kind-concept = Glossary
search-did-you-mean = Did you mean:
search-none = No results for “{ $query }”.
search-none-help = Try other words or fewer words, check the spelling, or start from the guides and the glossary.
search-suggested = Guides many people look for
search-glossary = Browse the glossary of migration words
search-near = Near (municipality)
search-near-unknown = We do not know the municipality “{ $place }”: results are not sorted by distance.
search-km = { $km } km
search-in-language = In { $language }
search-filter = Show

## Documents for the person: consent form and the copy of their data
consent-title = Consent to share personal data
consent-intro = I, { $name }, allow { $agency } to share my personal data with { $recipient } for this purpose: { $purpose }.
consent-any = any organisation of this kind: { $kind }
consent-special = The consent also covers special categories of data (health, vulnerabilities).
consent-period = The consent is valid from { $from } to { $until }.
consent-period-open = The consent is valid from { $from } until I withdraw it.
consent-withdraw = I can withdraw my consent at any time, without consequences for the services I receive, by contacting { $agency }. Withdrawal applies to the future.
consent-rights = I have the right to see my data, to ask for it to be corrected or deleted, and to know who saw it and who received it.
consent-place-date = Place and date
consent-signature = Signature of the person
consent-operator = Signature of the operator
consent-mediator = Signature of the mediator (if present)
consent-purpose-employment = work and training
consent-purpose-health = health
consent-purpose-housing = housing
consent-purpose-legal = legal aid and procedures
consent-purpose-education = school and Italian language
consent-purpose-social = social support and income
consent-kind-comune = municipality
consent-kind-ente_gestore = local social services
consent-kind-asl = health authority (ASL)
consent-kind-cpi = job centre
consent-kind-cpia = adult education centre (CPIA)
consent-kind-prefettura = Prefecture
consent-kind-questura = Police headquarters (Questura)
consent-kind-school = school
consent-kind-third_sector = association or cooperative
consent-kind-region = Region
consent-kind-research_institute = university or research institute
dsr-title = Your personal data
dsr-intro = This is a copy of all the data { $agency } keeps about you, with the list of who saw it and who received it. Date: { $date }.
dsr-identity = Who you are
dsr-visits = Your visits to the desk
dsr-cases = Your support plans
dsr-bases = Your consents and the other grounds for sharing your data
dsr-recipients = Who received your data
dsr-access = Who saw or changed your data
dsr-none = Nobody.
dsr-rights = You can ask the desk to correct or delete your data.

## The newcomer's app: saved pages, offline, share and act
saved-link = Your saved pages
saved-title = Saved on this phone
saved-intro = The guides and services you save stay on this phone and can be read without a connection. Nobody, not even us, sees this list.
saved-empty = You have not saved anything yet. Open a guide or a service and press "Save to read offline".
saved-noscript = Saving pages on the phone needs JavaScript turned on in the browser.
saved-kind-guide = Guide
saved-kind-service = Service
save-offline = Save to read offline
save-offline-done = Saved: it can be read without a connection
save-offline-remove = Remove from saved
offline-title = You are offline
offline-text = This page is not saved on the phone and there is no connection now. You can read the pages you saved.
share-title = Share this page
share-whatsapp = Send with WhatsApp
share-sms = Send by SMS
share-native = Share…
share-copy = Copy the link
share-copied = Link copied
share-address = Address of the page
share-qr = Show the QR code
share-qr-caption = Scan the code with another phone to open this page.
act-call = Call
act-whatsapp = Write on WhatsApp
act-directions = Directions
act-map = Open the map
listen = Listen
listen-stop = Stop reading

## Was this useful? Report wrong information
feedback-back = Back to the page
feedback-title = Was this page useful?
feedback-yes = Yes
feedback-no = No
feedback-report = Report wrong information
feedback-report-label = What is wrong or missing?
feedback-report-hint = The report is anonymous: do not write personal data (name, documents, phone).
feedback-send = Send the report
feedback-thanks = Thank you: the editors will read your answer.
feedback-empty = Write what is wrong or missing.
feedback-too-long = The report is too long: at most { $max } characters.

## A guide's "in brief" box
guide-brief-title = In brief
guide-brief-who = Who it is for
guide-brief-bring = What to bring
guide-brief-cost = What it costs
guide-brief-time = How long
guide-brief-where = Where

## Your city: the portal by municipality
city-title = Your city
city-lead = Choose the municipality where you live: see its desks for foreigners, the nearest services and the guides. The choice stays on this phone only.
city-choose-label = Your municipality
city-choose-button = Go
city-locate = Use my location
city-list-title = Municipalities with services in the network
city-unknown = We cannot find the municipality "{ $place }". Check the spelling or choose from the list.
city-change = Change municipality
city-remembered = This municipality is remembered on this phone only.
city-desks = Desks for permits and legal matters
city-no-desk = There is no desk in this municipality: see the nearest services.
city-nearby = Services nearby
city-all-services = All services nearby, on the map
city-guides = Guides to the procedures
city-yours = Your city:
city-choose-link = Choose your city

# Certificate verification (public)
verify-title = Verify a certificate
verify-lead = Type the code printed on the training certificate to see whether it is valid, whose it is and for which course.
verify-code-label = Certificate code
verify-code-hint = Ten letters and digits, for example ABCDE-12345. Upper or lower case and hyphens do not matter.
verify-submit = Verify
verify-malformed = This is not a certificate code: check that you typed all of it.
verify-unknown = No certificate has the code { $code }.
verify-valid = Valid certificate.
verify-revoked = Certificate revoked on { $date }.
verify-holder = Issued to
verify-course = Course
verify-hours = Hours
verify-dates = Dates
verify-issuer = Issued by
verify-issued = Date of issue
verify-code = Code

## Needs survey by public link (partner bodies without an account)
survey-public-lead = The answers are used to plan the training of the services' staff. We do not ask your name: we keep only the kind of organisation, the profession and the province.
survey-about-you = About you
survey-agency-kind = Kind of organisation
survey-profession = Profession
survey-province = Province
survey-province-hint = Its abbreviation, for example TO.
survey-choose = Choose
survey-required = required
survey-scale-hint = From 1 (not at all) to 5 (very much).
survey-rank-hint = Give each item a place, from 1 (the most important) to { $count }, each place once.
survey-place = Place of “{ $choice }”
survey-submit = Send the answers
survey-thanks-title = Thank you
survey-thanks = Your answers have been recorded. You can close this page.
survey-closed = This survey is not taking answers now.
survey-error-summary = Some answers need correcting: { $count }.
survey-error-missing = Please answer this question.
survey-error-unknown = Choose one of the options given.
survey-error-scale = Choose a value from 1 to 5.
survey-error-ranking = Give each item a different place, from 1 to { $count }.
survey-error-too-long = The answer is too long: at most { $max } characters.
survey-error-agency-kind = Choose the kind of organisation.
survey-error-profession = Choose the profession.
survey-error-province = Type the abbreviation of an Italian province, for example TO.
survey-profession-front_office = front-office worker
survey-profession-social_worker = social worker
survey-profession-legal_operator = legal adviser
survey-profession-health_operator = health worker
survey-profession-mediator = intercultural mediator
survey-profession-coordinator = coordinator
survey-profession-trainer = trainer
survey-profession-editor = editor
survey-profession-translator = translator
survey-profession-analyst = analyst
survey-profession-administrator = administrator
survey-profession-other = another profession
