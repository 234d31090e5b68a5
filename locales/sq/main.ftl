# Crocevia — user-interface strings (Albanian).

## Language names, each written in its own language (used by the language switcher).
language-name = Shqip

## Layout
site-tagline = Informacion dhe shërbime për integrimin e shtetasve të vendeve të treta
skip-to-content = Kalo te përmbajtja kryesore
skip-to-footer = Kalo te fundi i faqes
lang-switcher-label = Gjuha
lang-switcher-current = Gjuha e faqes: { $language }
menu-label = Menyja kryesore
menu-toggle = Shfaq ose fshih menynë
nav-home = Kryefaqja
nav-guides = Udhëzues
nav-services = Shërbime
nav-glossary = Fjalorth
nav-search = Kërko
demo-notice = Faqe demonstruese: kontaktet dhe adresat e shërbimeve janë shembuj. Për procedurat zyrtare, drejtohuni te zyrat e treguara.
external-link = (faqe e jashtme)

## Home page
home-title = Gjeni procedurën e duhur dhe shërbimin më të afërt, në gjuhën tuaj
home-lead = { $network } lidh në rrjet sportelet, shërbimet sociale, shëndetësore dhe ligjore dhe ndërmjetësit ndërkulturorë të rajonit. Këtu gjeni informacion të qartë për procedurat më të zakonshme dhe kontaktet për të kërkuar ndihmë.
home-topics-title = Procedurat më të kërkuara
home-topics-lead = Një shpjegim i parë i praktikave për të cilat njerëzit pyesin më shpesh në sportele. Rregullat mund të ndryshojnë: verifikoni gjithmonë me zyrën përgjegjëse.
topic-where = Ku të drejtoheni: { $office }
topic-permit-title = Rinovimi i lejes së qëndrimit
topic-permit-text = Rinovimi kërkohet para skadimit, zakonisht të paktën 60 ditë përpara. Për shumë lloje lejesh, kërkesa dërgohet me paketën postare (kit postale) nga zyrat postare të autorizuara; për të tjerat paraqitet drejtpërdrejt në Drejtorinë e Policisë (Questura).
topic-permit-office = Drejtoria e Policisë (Questura) ose zyrë postare e autorizuar (Sportello Amico)
topic-residence-title = Regjistrimi në gjendjen civile (rezidenca)
topic-residence-text = Regjistrimi në zyrën e gjendjes civile (anagrafe) të Komunës (Comune) ku jetoni është një e drejtë dhe ju jep akses në shumë shërbime, nga karta e identitetit te shërbimet sociale. Ju nevojiten një dokument identifikimi, leja e qëndrimit (ose dëftesa e kërkesës për rinovim) dhe adresa ku banoni.
topic-residence-office = Zyra e gjendjes civile (anagrafe) e Komunës (Comune)
topic-health-title = Kujdesi shëndetësor dhe mjeku i familjes
topic-health-text = Me lejen e qëndrimit regjistroheni në Shërbimin Shëndetësor Kombëtar (Servizio sanitario nazionale) dhe zgjidhni mjekun e familjes (medico di base) ose pediatrin. Kush nuk ka leje të vlefshme ka gjithsesi të drejtë për kujdes urgjent dhe thelbësor me kodin STP.
topic-health-office = Njësia Shëndetësore Vendore (ASL), sporteli për zgjedhjen dhe ndryshimin e mjekut
topic-italian-title = Kurse të gjuhës italiane
topic-italian-text = Qendrat provinciale për arsimin e të rriturve (CPIA) organizojnë kurse falas të italishtes për të rritur, që nga niveli fillestar, si dhe testin e gjuhës italiane që kërkohet për disa leje.
topic-italian-office = CPIA, Qendra provinciale për arsimin e të rriturve (Centro provinciale per l'istruzione degli adulti)
topic-work-title = Punë dhe formim profesional
topic-work-text = Qendra e punësimit (Centro per l'impiego) ju ndihmon të kërkoni punë, të bëni deklaratën e gatishmërisë së menjëhershme për punë dhe të gjeni kurse formimi dhe praktika pune.
topic-work-office = Qendra e punësimit (Centro per l'impiego, CPI)
topic-family-title = Bashkimi familjar
topic-family-text = Për të sjellë në Itali bashkëshortin ose bashkëshorten, fëmijët ose prindërit në ngarkim, kërkohet online autorizimi (nulla osta) në Sportelin unik për imigracionin (Sportello unico per l'immigrazione). Nevojiten një banesë e përshtatshme dhe një e ardhur minimale.
topic-family-office = Sporteli unik për imigracionin (Sportello unico per l'immigrazione) i Prefekturës (Prefettura)
home-desk-title = Sporteli unik: një vend i vetëm për të filluar
home-desk-text = Në sportelin unik, një ekip me punonjës socialë, juristë, punonjës shëndetësorë dhe ndërmjetës ndërkulturorë dëgjon situatën tuaj, ju orienton dhe, nëse duhet, ju shoqëron te shërbimet e tjera. Shërbimi është falas.
home-desk-point-info = Informacion dhe orientim për shërbimet e zonës
home-desk-point-legal = Këshillim ligjor për lejet, shtetësinë dhe azilin
home-desk-point-health = Orientim për shërbimet shëndetësore
home-desk-point-mediation = Ndërmjetësim ndërkulturor në gjuhën tuaj
home-desk-bring = Merrni me vete dokumentet që keni: pasaportën, lejen e qëndrimit ose dëftesën, kodin fiskal (codice fiscale).
home-contact-title = Kontakte
home-contact-address = Adresa
home-contact-phone = Telefoni
home-contact-email = Email
home-contact-hours = Orari
home-help-title = Numra të dobishëm, falas
help-112 = Numri unik i urgjencës: policia, karabinierët, zjarrfikësit, ambulanca
help-1522 = Kundër dhunës dhe përndjekjes (stalking): aktiv 24 orë në ditë, edhe në gjuhë të tjera
help-antitratta = Numër falas kundër trafikimit të qenieve njerëzore: anonim, aktiv 24 orë në ditë, në disa gjuhë
home-languages-title = Në gjuhën tuaj
home-languages-text = Kjo faqe është e disponueshme në disa gjuhë. Zgjidhni gjuhën tuaj nga menyja «Gjuha» lart: do të qëndroni në të njëjtën faqe.

## Footer
footer-about = { $network } është një platformë e hapur për rrjetin e shërbimeve të pritjes dhe integrimit.
footer-funding = Realizuar në kuadër të projekteve të financuara nga Fondi për Azilin, Migracionin dhe Integrimin (FAMI) i Bashkimit Evropian.
footer-accessibility = Deklarata e aksesueshmërisë
footer-privacy = Informacion për privatësinë
footer-api = API dhe të dhëna të hapura
footer-legal-title = Shënime ligjore

## Accessibility declaration
accessibility-title = Deklarata e aksesueshmërisë
accessibility-intro = { $network } angazhohet ta bëjë këtë faqe të aksesueshme, në përputhje me ligjin italian nr. 4, datë 9 janar 2004, dhe me direktivën (BE) 2016/2102.
accessibility-status-title = Gjendja e përputhshmërisë
accessibility-status-text = Faqja është projektuar për të qenë në përputhje me kërkesat e standardit EN 301 549 dhe me udhëzimet WCAG 2.1 të nivelit AA. Çdo version verifikohet me teste automatike në një shfletues real në italisht, anglisht dhe arabisht; verifikimet manuale vazhdojnë.
accessibility-features-title = Çfarë bëjmë për aksesueshmërinë
accessibility-feature-languages = tekste në disa gjuhë, me drejtimin e saktë të leximit për arabishten dhe urdishten;
accessibility-feature-keyboard = lundrim i plotë me tastierë, me një lidhje për të kaluar direkt te përmbajtja;
accessibility-feature-nojs = faqe që funksionojnë edhe pa JavaScript dhe me lidhje të ngadalta interneti;
accessibility-feature-contrast = kontrast i përshtatshëm i ngjyrave dhe madhësi e përshtatshme e tekstit.
accessibility-feedback-title = Sinjalizime
accessibility-feedback-text = Nëse gjeni përmbajtje që nuk është e aksesueshme, shkruani në { $email }. Do t'ju përgjigjemi brenda 30 ditëve.
accessibility-feedback-nocontact = Nëse gjeni përmbajtje që nuk është e aksesueshme, sinjalizojeni te enti që administron këtë faqe. Ai do t'ju përgjigjet brenda 30 ditëve.
accessibility-enforcement-title = Procedura e zbatimit
accessibility-enforcement-text = Nëse përgjigjja nuk ju kënaq ose nuk vjen brenda 30 ditëve, mund të bëni një sinjalizim te Avokati i Popullit për çështjet digjitale (Difensore civico per il digitale) pranë Agjencisë për Italinë Digjitale (AgID).

## Privacy notice
privacy-title = Informacion për privatësinë
privacy-intro = Ky informacion shpjegon se si { $network } i përpunon të dhënat e personave që vizitojnë portalin publik, në bazë të Rregullores (BE) 2016/679 (GDPR).
privacy-data-title = Cilat të dhëna përpunojmë
privacy-data-text = Për të përdorur portalin nuk keni nevojë të regjistroheni dhe nuk ju kërkojmë të dhëna personale. Serveri regjistron vetëm të dhëna teknike të nevojshme për funksionimin dhe sigurinë (për shembull orën e kërkesës dhe faqen e kërkuar), pa përmbajtjen e asaj që shkruani.
privacy-cookies-title = Cookie
privacy-cookies-text = Përdorim vetëm cookie teknike: njëri mban mend gjuhën që keni zgjedhur, tjetri i mbron formularët nga kërkesat e falsifikuara. Nuk përdorim cookie profilizimi as mjete gjurmimi të palëve të treta.
privacy-rights-title = Të drejtat tuaja
privacy-rights-text = Mund të kërkoni qasje, korrigjim ose fshirje të të dhënave tuaja dhe të kundërshtoni përpunimin e tyre duke shkruar në { $email }. Mund të paraqitni edhe ankesë te Autoriteti italian për mbrojtjen e të dhënave personale (Garante per la protezione dei dati personali).
privacy-rights-nocontact = Mund të kërkoni qasje, korrigjim ose fshirje të të dhënave tuaja dhe të kundërshtoni përpunimin e tyre duke iu drejtuar entit që administron këtë faqe, i cili është kontrolluesi i të dhënave. Mund të paraqitni edhe ankesë te Autoriteti italian për mbrojtjen e të dhënave personale (Garante per la protezione dei dati personali).
privacy-operators = Punonjësit e shërbimeve të rrjetit përdorin një zonë të rezervuar, me një informacion të veçantë për të dhënat e personave që ndjekin.

## Error pages
error-404-title = Faqja nuk u gjet
error-404-text = Faqja që kërkoni nuk ekziston ose është zhvendosur.
error-500-title = Ndodhi një gabim
error-500-text = Kërkesa nuk mund të përfundohej. Provoni përsëri pas disa minutash.
error-back-home = Kthehu te kryefaqja
error-request-id = Kodi i kërkesës: { $id }
error-403-title = Qasja nuk lejohet
error-403-text = Veprimi i kërkuar nuk mund të kryhej. Ringarkoni faqen dhe provoni përsëri.
error-403-permission = Profili juaj nuk e lejon këtë veprim. Nëse mendoni se është gabim, kontaktoni administratorin e rrjetit.
error-429-title = Shumë përpjekje
error-429-text = Keni bërë shumë kërkesa në pak kohë. Prisni disa minuta dhe provoni përsëri.
error-400-title = Kërkesë e pavlefshme
error-400-text = Formulari i dërguar nuk mund të lexohet ose është shumë i madh. Kontrolloni skedarin dhe provoni përsëri.

## Services directory
dir-title = Shërbime
dir-lead = Gjeni zyrën ose shërbimin më të afërt që mund t'ju ndihmojë dhe që flet gjuhën tuaj.
dir-filters = Filtroni shërbimet
dir-category = Lloji i shërbimit
dir-category-any = Të gjitha llojet
dir-place = Komuna
dir-place-hint = Shkruani emrin e komunës, për shembull Torino.
dir-language = Gjuha që flitet
dir-language-any = Të gjitha gjuhët
dir-open-now = Hapur tani
dir-free = Vetëm shërbime falas
dir-search = Shfaq shërbimet
dir-use-location = Përdor vendndodhjen time
dir-location-used = Të renditura sipas largësisë nga vendndodhja juaj.
dir-place-used = Të renditura sipas largësisë nga { $place }.
dir-place-unknown = Nuk e gjejmë komunën «{ $place }»: kontrolloni emrin ose shkruani një tjetër.
dir-jump-map = Shiko në hartë
dir-nothing-near = Asnjë shërbim në { $place } nuk përputhet me filtrat: më të afërtit janë rreth { $km } km larg.
dir-results = { $count ->
    [one] U gjet një shërbim.
   *[other] U gjetën { $count } shërbime.
}
dir-none = Asnjë shërbim nuk përputhet me filtrat e zgjedhur. Provoni të hiqni një filtër ose të kërkoni në një komunë afër.
dir-map = Harta e shërbimeve
dir-map-hint = Harta tregon shërbimet e listës. Lista funksionon edhe pa hartë.
dir-distance = { $km } km larg
dir-open-until = Hapur tani, mbyllet në orën { $time }
dir-opens-today = Mbyllur tani, hapet sot në orën { $time }
dir-opens-at = Mbyllur tani. Hapet: { $day }, në orën { $time }
dir-hours-unknown = Orari nuk është treguar
dir-temporarily-closed = Mbyllur përkohësisht
dir-free-badge = Falas
dir-languages = Gjuhët që fliten
dir-pagination = Faqet e rezultateve
dir-page-prev = Faqja e mëparshme
dir-page-next = Faqja tjetër
dir-page-of = Faqja { $page } nga { $pages }
dir-address = Adresa
dir-hours = Orari i hapjes
dir-phone = Telefoni
dir-email = Email
dir-website = Faqja e internetit
dir-documents = Dokumentet që duhet të sillni
dir-accessibility = Aksesueshmëria
dir-cost = Kostoja
dir-directions = Si të arrini
dir-verified = Informacioni u verifikua më { $date }.
dir-not-verified = Informacioni nuk është verifikuar ende nga redaksia.
dir-organization = Organizata
dir-back = Kthehu te lista e shërbimeve
dir-how-to-apply = Si ta merrni shërbimin
dir-eligibility = Për kë është
dir-where = Ku ndodhet
dir-closed-day = mbyllur
dir-not-translated = Kjo faqe nuk është përkthyer ende në gjuhën tuaj. Gjuha e faqes: { $language }.
dir-machine-translated = Kjo faqe është përkthyer automatikisht dhe nuk është rishikuar ende.
day-1 = e hënë
day-2 = e martë
day-3 = e mërkurë
day-4 = e enjte
day-5 = e premte
day-6 = e shtunë
day-7 = e diel
hours-every-weeks =
    { $n ->
        [1] çdo javë
        *[other] çdo { $n } javë
    }
hours-every-months =
    { $n ->
        [1] çdo muaj
        *[other] çdo { $n } muaj
    }
hours-in-month = { $which } i muajit
hours-month-days = ditët { $days } të muajit
list-separator = { ", " }
hours-nth-1 = i pari
hours-nth-2 = i dyti
hours-nth-3 = i treti
hours-nth-4 = i katërti
hours-nth-5 = i pesti
hours-nth-m1 = i fundit
hours-nth-m2 = i parafundit
hours-nth-m3 = i treti nga fundi
hours-nth-m4 = i katërti nga fundi
hours-nth-m5 = i pesti nga fundi
category-legal-permits = Leje qëndrimi dhe çështje ligjore
category-health = Shëndeti
category-housing = Strehimi
category-work-training = Punë dhe formim profesional
category-italian-language = Kurse të italishtes
category-school = Shkolla
category-social-services = Shërbime sociale
category-mediation = Ndërmjetësim ndërkulturor
category-anti-violence = Kundër dhunës
category-asylum = Azil dhe mbrojtje
category-family = Familja

## Guides and glossary
guides-title = Udhëzues për procedurat
guides-lead = Procedurat më të zakonshme të shpjeguara hap pas hapi: për kë janë, çfarë duhet bërë, çfarë duhet sjellë, sa kushtojnë dhe ku duhet shkuar.
guides-categories = Temat
guides-glossary-link = Fjalët e këtyre procedurave, të shpjeguara në fjalorth
guides-back = Të gjithë udhëzuesit
guide-not-translated = Kjo faqe nuk është përkthyer ende plotësisht në gjuhën tuaj: disa pjesë janë në { $language }.
guide-machine-translated = Kjo faqe është përkthyer automatikisht dhe ende nuk është kontrolluar nga një person.
guide-category-permits = Lejet e qëndrimit (permesso di soggiorno)
guide-category-residency = Rezidenca dhe zyra e gjendjes civile (Anagrafe)
guide-category-health = Shëndeti
guide-category-tax = Kodi fiskal (codice fiscale) dhe taksat
guide-category-family = Familja
guide-category-education = Shkolla, studimet dhe gjuha italiane
guide-category-work = Puna
guide-category-citizenship = Shtetësia
guide-category-protection = Mbrojtja ndërkombëtare
guide-category-mobility = Patenta e drejtimit (patente) dhe transporti
guide-contents = Në këtë faqe
guide-section-audience = Për kë është
guide-section-steps = Çfarë duhet bërë
guide-section-documents = Çfarë ju nevojitet
guide-section-outcome = Çfarë merrni
guide-section-timing = Kohët dhe afatet
guide-section-costs = Sa kushton
guide-section-legal = Referencat ligjore
guide-section-contacts = Kontaktet
guide-permit-types = Për personat që kanë:
guide-permit-any = çfarëdo leje qëndrimi
guide-permit-work = leje qëndrimi për punë
guide-permit-family = leje qëndrimi për arsye familjare
guide-permit-study = leje qëndrimi për studime
guide-permit-long_term_eu = leje qëndrimi afatgjatë BE (permesso UE di lungo periodo)
guide-permit-asylum = azil (statusin e refugjatit)
guide-permit-subsidiary_protection = mbrojtje plotësuese (protezione sussidiaria)
guide-permit-special_protection = mbrojtje të veçantë (protezione speciale)
guide-permit-waiting_employment = leje qëndrimi për kërkim pune (attesa occupazione)
guide-permit-none = asnjë leje qëndrimi (ende)
guide-where-to-go = Ku duhet të shkoni:
guide-official-pages = Faqet zyrtare:
guide-reviewed = Përmbajtja u kontrollua më { $date }; kontrolli i radhës do të bëhet deri më { $next }.
glossary-title = Fjalorth
glossary-lead = Fjalët e imigracionit dhe të shërbimeve publike, të shpjeguara thjesht, sipas rendit alfabetik.
glossary-back = I gjithë fjalorthi
glossary-in-italian = Në italisht:
glossary-aliases = Quhet edhe:
glossary-source = Burimi:
glossary-related = Shih edhe
glossary-guides = Udhëzuesit që e përmendin
guide-print = Versioni për shtyp
guide-print-title = Udhëzues për shtyp: në gjuhën tuaj dhe në italisht
guide-print-qr = Skanoni kodin për ta hapur këtë udhëzues në telefon:
guide-pdf = Shkarko PDF-në (dy gjuhë)

## Search (issue 6)
search-title = Kërko
search-label = Kërko udhëzues, shërbime dhe fjalë
search-placeholder = p.sh. rinovimi i lejes së qëndrimit
search-button = Kërko
search-results = { $count ->
    [one] 1 rezultat për “{ $query }”
   *[other] { $count } rezultate për “{ $query }”
}
search-kind-all = Të gjitha
search-kind-guide = Udhëzues
search-kind-service = Shërbime
search-kind-concept = Fjalorth
search-did-you-mean = Mos kishit parasysh:
search-none = Nuk ka rezultate për “{ $query }”.
search-none-help = Provoni fjalë të tjera ose më pak fjalë, kontrolloni drejtshkrimin, ose filloni nga udhëzuesit dhe fjalorthi.
search-suggested = Udhëzues që i kërkojnë shumë njerëz
search-glossary = Shfletoni fjalorthin e fjalëve për migrimin
search-near = Afër (komuna)
search-near-unknown = Nuk e njohim komunën “{ $place }”: rezultatet nuk janë renditur sipas largësisë.
search-km = { $km } km
search-in-language = Në gjuhën: { $language }
search-filter = Shfaq

## Documents for the person: consent form and the copy of their data
consent-title = Pëlqim për dhënien e të dhënave personale
consent-intro = Unë, { $name }, autorizoj { $agency } t'i dërgojë të dhënat e mia personale te { $recipient } për këtë qëllim: { $purpose }.
consent-any = çdo organizatë e këtij lloji: { $kind }
consent-special = Pëlqimi përfshin edhe të dhënat e ndjeshme (shëndeti, situatat e cenueshmërisë).
consent-period = Pëlqimi është i vlefshëm nga { $from } deri më { $until }.
consent-period-open = Pëlqimi është i vlefshëm nga { $from } derisa ta tërheq.
consent-withdraw = Mund ta tërheq pëlqimin në çdo kohë, pa pasoja për shërbimet që marr, duke u paraqitur te { $agency }. Tërheqja vlen për të ardhmen.
consent-rights = Kam të drejtë të shoh të dhënat e mia, të kërkoj korrigjimin ose fshirjen e tyre dhe të di kush i ka parë dhe kush i ka marrë.
consent-place-date = Vendi dhe data
consent-signature = Nënshkrimi i personit
consent-operator = Nënshkrimi i punonjësit
consent-mediator = Nënshkrimi i ndërmjetësit ose i ndërmjetëses (nëse ka)
consent-purpose-employment = punë dhe formim
consent-purpose-health = shëndet
consent-purpose-housing = banesë
consent-purpose-legal = mbrojtje ligjore dhe procedura
consent-purpose-education = shkollë dhe gjuhë italiane
consent-purpose-social = mbështetje sociale dhe të ardhura
consent-kind-comune = Komuna
consent-kind-ente_gestore = shërbimet sociale vendore
consent-kind-asl = Njësia Shëndetësore Vendore (ASL)
consent-kind-cpi = qendra e punësimit
consent-kind-cpia = qendra për arsimin e të rriturve (CPIA)
consent-kind-prefettura = Prefektura
consent-kind-questura = Drejtoria e Policisë (Questura)
consent-kind-school = shkolla
consent-kind-third_sector = shoqatë ose kooperativë
consent-kind-region = Rajoni
consent-kind-research_institute = universitet ose institut kërkimor
dsr-title = Të dhënat tuaja personale
dsr-intro = Kjo është kopja e të gjitha të dhënave që { $agency } ruan për ju, me listën e atyre që i kanë parë dhe që i kanë marrë. Data: { $date }.
dsr-identity = Kush jeni
dsr-visits = Vizitat tuaja në sportel
dsr-cases = Planet tuaja të mbështetjes
dsr-bases = Pëlqimet tuaja dhe bazat e tjera ligjore për dhënien e të dhënave tuaja
dsr-recipients = Kush i ka marrë të dhënat tuaja
dsr-access = Kush i ka parë ose ndryshuar të dhënat tuaja
dsr-none = Askush.
dsr-rights = Mund të kërkoni në sportel që të dhënat tuaja të korrigjohen ose të fshihen.

## The newcomer's app: saved pages, offline, share and act
saved-link = Faqet tuaja të ruajtura
saved-title = Të ruajtura në telefon
saved-intro = Udhëzuesit dhe shërbimet që ruani mbeten në këtë telefon dhe mund t'i lexoni edhe pa internet. Askush, as ne, nuk e sheh këtë listë.
saved-empty = Nuk keni ruajtur ende asgjë. Hapni një udhëzues ose një shërbim dhe shtypni “Ruaje për ta lexuar pa internet”.
saved-noscript = Për të ruajtur faqet në telefon, JavaScript duhet të jetë i aktivizuar në shfletues.
saved-kind-guide = Udhëzues
saved-kind-service = Shërbim
save-offline = Ruaje për ta lexuar pa internet
save-offline-done = U ruajt: mund ta lexoni edhe pa internet
save-offline-remove = Hiqe nga të ruajturat
offline-title = Jeni pa internet
offline-text = Kjo faqe nuk është ruajtur në telefon dhe tani nuk ka internet. Mund të lexoni faqet që keni ruajtur.
share-title = Ndaje këtë faqe
share-whatsapp = Dërgoje me WhatsApp
share-sms = Dërgoje me SMS
share-native = Ndaje…
share-copy = Kopjo lidhjen
share-copied = Lidhja u kopjua
share-address = Adresa e faqes
share-qr = Shfaq kodin QR
share-qr-caption = Skanoni kodin me një telefon tjetër për të hapur këtë faqe.
act-call = Telefono
act-whatsapp = Shkruaj në WhatsApp
act-directions = Udhëzime rrugore
act-map = Hap hartën
listen = Dëgjo
listen-stop = Ndalo leximin

## Was this useful? Report wrong information
feedback-back = Kthehu te faqja
feedback-title = A ju ishte e dobishme kjo faqe?
feedback-yes = Po
feedback-no = Jo
feedback-report = Sinjalizo një informacion të gabuar
feedback-report-label = Çfarë është e gabuar ose çfarë mungon?
feedback-report-hint = Sinjalizimi është anonim: mos shkruani të dhëna personale (emër, dokumente, telefon).
feedback-send = Dërgo sinjalizimin
feedback-thanks = Faleminderit: redaksia do ta lexojë përgjigjen tuaj.
feedback-empty = Shkruani çfarë është e gabuar ose çfarë mungon.
feedback-too-long = Sinjalizimi është shumë i gjatë: maksimumi { $max } karaktere.

## A guide's "in brief" box
guide-brief-title = Shkurt
guide-brief-who = Për kë
guide-brief-bring = Çfarë të merrni me vete
guide-brief-cost = Sa kushton
guide-brief-time = Sa kohë zgjat
guide-brief-where = Ku

## Your city: the portal by municipality
city-title = Qyteti juaj
city-lead = Zgjidhni komunën (comune) ku jetoni: do të shihni sportelet për të huajt, shërbimet më të afërta dhe udhëzuesit. Zgjedhja mbetet vetëm në këtë telefon.
city-choose-label = Komuna juaj
city-choose-button = Shko
city-locate = Përdor vendndodhjen time
city-list-title = Komuna me shërbime në rrjet
city-unknown = Nuk e gjejmë komunën «{ $place }». Kontrolloni si është shkruar ose zgjidhni nga lista.
city-change = Ndrysho komunën
city-remembered = Kjo komunë mbahet mend vetëm në këtë telefon.
city-desks = Sportele për lejet dhe çështjet ligjore
city-no-desk = Në këtë komunë nuk ka sportel: shikoni shërbimet më të afërta.
city-nearby = Shërbime afër
city-all-services = Të gjitha shërbimet afër, në hartë
city-guides = Udhëzues për procedurat
city-yours = Qyteti juaj:
city-choose-link = Zgjidhni qytetin tuaj

# Certificate verification (public)
verify-title = Verifiko një certifikatë
verify-lead = Shkruaj kodin e shtypur në certifikatën e trajnimit për të parë nëse është e vlefshme, e kujt është dhe për cilin kurs.
verify-code-label = Kodi i certifikatës
verify-code-hint = Dhjetë shkronja dhe shifra, për shembull ABCDE-12345. Shkronjat e mëdha ose të vogla dhe vizat nuk kanë rëndësi.
verify-submit = Verifiko
verify-malformed = Ky nuk është kod certifikate: kontrollo që e ke shkruar të plotë.
verify-unknown = Asnjë certifikatë nuk ka kodin { $code }.
verify-valid = Certifikatë e vlefshme.
verify-revoked = Certifikata u revokua më { $date }.
verify-holder = Lëshuar për
verify-course = Kursi
verify-hours = Orë
verify-dates = Datat
verify-issuer = Lëshuar nga
verify-issued = Data e lëshimit
verify-code = Kodi

## Needs survey by public link (partner bodies without an account)
survey-public-lead = Përgjigjet shërbejnë për të planifikuar trajnimin e punonjësve të shërbimeve. Nuk ju kërkojmë emrin: ruajmë vetëm llojin e organizatës, profesionin dhe provincën.
survey-about-you = Kush përgjigjet
survey-agency-kind = Lloji i organizatës
survey-profession = Profesioni
survey-province = Provinca
survey-province-hint = Shkurtimi, për shembull TO.
survey-choose = Zgjidhni
survey-required = e detyrueshme
survey-scale-hint = Nga 1 (aspak) deri në 5 (në masë shumë të madhe).
survey-rank-hint = Jepini çdo elementi një vend, nga 1 (më i rëndësishmi) deri në { $count }, secilin vend vetëm një herë.
survey-place = Vendi për «{ $choice }»
survey-submit = Dërgo përgjigjet
survey-thanks-title = Faleminderit
survey-thanks = Përgjigjet tuaja u regjistruan. Mund ta mbyllni këtë faqe.
survey-closed = Ky pyetësor tani nuk pranon përgjigje.
survey-error-summary = Disa përgjigje duhen korrigjuar: { $count }.
survey-error-missing = Ju lutemi, përgjigjuni kësaj pyetjeje.
survey-error-unknown = Zgjidhni një nga mundësitë e dhëna.
survey-error-scale = Zgjidhni një vlerë nga 1 deri në 5.
survey-error-ranking = Jepini çdo elementi një vend të ndryshëm, nga 1 deri në { $count }.
survey-error-too-long = Përgjigjja është shumë e gjatë: maksimumi { $max } karaktere.
survey-error-agency-kind = Zgjidhni llojin e organizatës.
survey-error-profession = Zgjidhni profesionin.
survey-error-province = Shkruani shkurtimin e një province italiane, për shembull TO.
survey-profession-front_office = punonjës sporteli
survey-profession-social_worker = punonjës social
survey-profession-legal_operator = këshilltar ligjor
survey-profession-health_operator = punonjës shëndetësor
survey-profession-mediator = ndërmjetës ndërkulturor
survey-profession-coordinator = koordinator
survey-profession-trainer = trajner
survey-profession-editor = redaktor
survey-profession-translator = përkthyes
survey-profession-analyst = analist
survey-profession-administrator = administrator
survey-profession-other = profesion tjetër
