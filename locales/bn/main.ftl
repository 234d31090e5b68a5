# Crocevia — user-interface strings (Bengali).

## Language names, each written in its own language (used by the language switcher).
language-name = বাংলা

## Layout
site-tagline = তৃতীয় দেশের নাগরিকদের সমাজে একীভূত হওয়ার জন্য তথ্য ও সেবা
skip-to-content = মূল বিষয়বস্তুতে যান
skip-to-footer = পৃষ্ঠার নিচের অংশে যান
lang-switcher-label = ভাষা
lang-switcher-current = পৃষ্ঠার ভাষা: { $language }
menu-label = প্রধান মেনু
menu-toggle = মেনু দেখান বা লুকান
nav-home = হোম
nav-guides = নির্দেশিকা
nav-services = সেবা
nav-glossary = শব্দকোষ
nav-search = খুঁজুন
demo-notice = এটি একটি নমুনা সাইট: সেবাগুলোর যোগাযোগের তথ্য ও ঠিকানা কেবল উদাহরণ। সরকারি প্রক্রিয়ার জন্য উল্লিখিত অফিসগুলোর সাথে যোগাযোগ করুন।
external-link = (বাইরের সাইট)

## Home page
home-title = আপনার ভাষায় সঠিক প্রক্রিয়া ও সবচেয়ে কাছের সেবা খুঁজে নিন
home-lead = { $network } এই অঞ্চলের সহায়তা ডেস্ক, সামাজিক, স্বাস্থ্য ও আইনি সেবা এবং আন্তঃসাংস্কৃতিক মধ্যস্থতাকারীদের একটি নেটওয়ার্কে যুক্ত করে। এখানে আপনি সবচেয়ে প্রচলিত প্রক্রিয়াগুলো সম্পর্কে সহজ ও স্পষ্ট তথ্য এবং সাহায্য চাওয়ার জন্য যোগাযোগের ঠিকানা পাবেন।
home-topics-title = সবচেয়ে বেশি চাওয়া প্রক্রিয়াগুলো
home-topics-lead = মানুষ ডেস্কে সবচেয়ে বেশি যে বিষয়গুলো জানতে চান, সেগুলোর একটি প্রাথমিক ব্যাখ্যা। নিয়ম বদলাতে পারে: সবসময় সংশ্লিষ্ট অফিসে যাচাই করে নিন।
topic-where = কোথায় যাবেন: { $office }
topic-permit-title = বসবাসের অনুমতিপত্র নবায়ন
topic-permit-text = মেয়াদ শেষ হওয়ার আগেই নবায়নের আবেদন করতে হয়, সাধারণত অন্তত 60 দিন আগে। অনেক ধরনের অনুমতিপত্রের জন্য অনুমোদিত ডাকঘর থেকে ডাক কিট (kit postale) দিয়ে আবেদন পাঠানো হয়; অন্যগুলোর জন্য সরাসরি পুলিশ সদর দপ্তরে (Questura) আবেদন জমা দিতে হয়।
topic-permit-office = পুলিশ সদর দপ্তর (Questura) অথবা অনুমোদিত ডাকঘর (Sportello Amico)
topic-residence-title = জনসংখ্যা নিবন্ধন (আবাসিক ঠিকানা)
topic-residence-text = আপনি যে পৌরসভায় (Comune) থাকেন, সেখানকার জনসংখ্যা নিবন্ধন অফিসে (anagrafe) নাম নিবন্ধন করা আপনার অধিকার; এর মাধ্যমে পরিচয়পত্র থেকে শুরু করে সামাজিক সেবা পর্যন্ত অনেক সেবা পাওয়া যায়। এর জন্য লাগবে একটি পরিচয় নথি, বসবাসের অনুমতিপত্র (বা নবায়নের আবেদনের রসিদ) এবং আপনি যেখানে থাকেন সেই ঠিকানা।
topic-residence-office = পৌরসভার (Comune) জনসংখ্যা নিবন্ধন অফিস (anagrafe)
topic-health-title = স্বাস্থ্যসেবা ও পারিবারিক ডাক্তার
topic-health-text = বসবাসের অনুমতিপত্র থাকলে আপনি জাতীয় স্বাস্থ্যসেবায় (Servizio sanitario nazionale) নিবন্ধন করে পারিবারিক ডাক্তার (medico di base) বা শিশু বিশেষজ্ঞ বেছে নেন। যাঁদের বৈধ অনুমতিপত্র নেই, তাঁরাও STP কোড দিয়ে জরুরি ও অত্যাবশ্যক চিকিৎসা পাওয়ার অধিকার রাখেন।
topic-health-office = স্থানীয় স্বাস্থ্য কর্তৃপক্ষ (ASL), ডাক্তার বাছাই ও পরিবর্তনের ডেস্ক
topic-italian-title = ইতালীয় ভাষার কোর্স
topic-italian-text = প্রাদেশিক প্রাপ্তবয়স্ক শিক্ষা কেন্দ্রগুলো (CPIA) প্রাপ্তবয়স্কদের জন্য একেবারে প্রাথমিক স্তর থেকে বিনামূল্যে ইতালীয় ভাষার কোর্স চালায় এবং কিছু অনুমতিপত্রের জন্য প্রয়োজনীয় ইতালীয় ভাষার পরীক্ষাও নেয়।
topic-italian-office = CPIA, প্রাদেশিক প্রাপ্তবয়স্ক শিক্ষা কেন্দ্র (Centro provinciale per l'istruzione degli adulti)
topic-work-title = কাজ ও প্রশিক্ষণ
topic-work-text = কর্মসংস্থান কেন্দ্র (Centro per l'impiego) আপনাকে কাজ খুঁজতে, এখনই কাজ করতে প্রস্তুত থাকার ঘোষণা দিতে এবং প্রশিক্ষণ কোর্স ও ইন্টার্নশিপ খুঁজে পেতে সাহায্য করে।
topic-work-office = কর্মসংস্থান কেন্দ্র (Centro per l'impiego, CPI)
topic-family-title = পারিবারিক পুনর্মিলন
topic-family-text = স্বামী বা স্ত্রী, সন্তান অথবা আপনার ওপর নির্ভরশীল বাবা-মাকে ইতালিতে আনতে অভিবাসন বিষয়ক একক ডেস্কে (Sportello unico per l'immigrazione) অনলাইনে অনাপত্তিপত্রের (nulla osta) জন্য আবেদন করতে হয়। এর জন্য উপযুক্ত বাসস্থান এবং ন্যূনতম আয় থাকতে হবে।
topic-family-office = প্রিফেকচারের (Prefettura) অভিবাসন বিষয়ক একক ডেস্ক (Sportello unico per l'immigrazione)
home-desk-title = একক ডেস্ক: শুরু করার একটিই জায়গা
home-desk-text = একক ডেস্কে সামাজিক, আইনি ও স্বাস্থ্যকর্মী এবং আন্তঃসাংস্কৃতিক মধ্যস্থতাকারীদের একটি দল আপনার পরিস্থিতির কথা শোনে, আপনাকে পথ দেখায় এবং প্রয়োজনে অন্য সেবাগুলোতে আপনার সঙ্গে যায়। এই সেবা বিনামূল্যে।
home-desk-point-info = এলাকার সেবাগুলো সম্পর্কে তথ্য ও দিকনির্দেশনা
home-desk-point-legal = অনুমতিপত্র, নাগরিকত্ব ও আশ্রয় বিষয়ে আইনি পরামর্শ
home-desk-point-health = স্বাস্থ্যসেবা বিষয়ে দিকনির্দেশনা
home-desk-point-mediation = আপনার ভাষায় আন্তঃসাংস্কৃতিক মধ্যস্থতা
home-desk-bring = আপনার কাছে যে কাগজপত্র আছে তা সঙ্গে আনুন: পাসপোর্ট, বসবাসের অনুমতিপত্র বা রসিদ, ট্যাক্স কোড (codice fiscale)।
home-contact-title = যোগাযোগ
home-contact-address = ঠিকানা
home-contact-phone = ফোন
home-contact-email = ইমেইল
home-contact-hours = খোলার সময়
home-help-title = দরকারি নম্বর, বিনামূল্যে
help-112 = একক জরুরি নম্বর: পুলিশ, কারাবিনিয়েরি, দমকল, অ্যাম্বুলেন্স
help-1522 = সহিংসতা ও উত্ত্যক্ত করা (স্টকিং) প্রতিরোধ: দিনে 24 ঘণ্টা চালু, অন্য ভাষাতেও
help-antitratta = মানব পাচারবিরোধী টোল-ফ্রি নম্বর: পরিচয় গোপন রাখা হয়, দিনে 24 ঘণ্টা চালু, একাধিক ভাষায়
home-languages-title = আপনার ভাষায়
home-languages-text = এই সাইটটি একাধিক ভাষায় পাওয়া যায়। ওপরের “ভাষা” মেনু থেকে আপনার ভাষা বেছে নিন: আপনি একই পৃষ্ঠায় থাকবেন।

## Footer
footer-about = { $network } অভ্যর্থনা ও একীকরণ সেবার নেটওয়ার্কের জন্য একটি উন্মুক্ত প্ল্যাটফর্ম।
footer-funding = ইউরোপীয় ইউনিয়নের আশ্রয়, অভিবাসন ও একীকরণ তহবিলের (FAMI) অর্থায়নে পরিচালিত প্রকল্পের আওতায় তৈরি।
footer-accessibility = প্রবেশযোগ্যতা বিবৃতি
footer-privacy = গোপনীয়তা নোটিশ
footer-api = API ও উন্মুক্ত ডেটা
footer-legal-title = আইনি তথ্য

## Accessibility declaration
accessibility-title = প্রবেশযোগ্যতা বিবৃতি
accessibility-intro = { $network } ইতালির 9 জানুয়ারি 2004 তারিখের 4 নম্বর আইন এবং ইউরোপীয় ইউনিয়নের নির্দেশনা (EU) 2016/2102 অনুযায়ী এই সাইটটিকে সবার জন্য প্রবেশযোগ্য করতে প্রতিশ্রুতিবদ্ধ।
accessibility-status-title = সম্মতির অবস্থা
accessibility-status-text = সাইটটি EN 301 549 মানদণ্ডের শর্ত এবং WCAG 2.1 AA স্তরের নির্দেশিকা মেনে চলার জন্য তৈরি করা হয়েছে। প্রতিটি সংস্করণ ইতালীয়, ইংরেজি ও আরবি ভাষায় একটি আসল ব্রাউজারে স্বয়ংক্রিয় পরীক্ষার মাধ্যমে যাচাই করা হয়; হাতে-কলমে যাচাই চলছে।
accessibility-features-title = প্রবেশযোগ্যতার জন্য আমরা যা করি
accessibility-feature-languages = একাধিক ভাষায় লেখা, আরবি ও উর্দুর জন্য সঠিক পড়ার দিকসহ;
accessibility-feature-keyboard = কিবোর্ড দিয়ে সম্পূর্ণ নেভিগেশন, সরাসরি বিষয়বস্তুতে যাওয়ার একটি লিংকসহ;
accessibility-feature-nojs = এমন পৃষ্ঠা যা JavaScript ছাড়াও এবং ধীর ইন্টারনেট সংযোগেও কাজ করে;
accessibility-feature-contrast = রঙের উপযুক্ত কনট্রাস্ট এবং লেখার উপযুক্ত আকার।
accessibility-feedback-title = সমস্যা জানানো
accessibility-feedback-text = কোনো বিষয়বস্তু প্রবেশযোগ্য না হলে { $email } ঠিকানায় লিখুন। আমরা 30 দিনের মধ্যে উত্তর দেব।
accessibility-feedback-nocontact = কোনো বিষয়বস্তু প্রবেশযোগ্য না হলে এই সাইট পরিচালনাকারী প্রতিষ্ঠানকে জানান। তারা 30 দিনের মধ্যে উত্তর দেবে।
accessibility-enforcement-title = প্রয়োগ পদ্ধতি
accessibility-enforcement-text = উত্তর সন্তোষজনক না হলে বা 30 দিনের মধ্যে না এলে, আপনি ইতালির ডিজিটাল এজেন্সির (AgID) ডিজিটাল বিষয়ক ন্যায়পালের (Difensore civico per il digitale) কাছে অভিযোগ জানাতে পারেন।

## Privacy notice
privacy-title = গোপনীয়তা নোটিশ
privacy-intro = এই নোটিশে ব্যাখ্যা করা হয়েছে, ইউরোপীয় ইউনিয়নের প্রবিধান (EU) 2016/679 (GDPR) অনুযায়ী { $network } পাবলিক পোর্টালে আসা ব্যক্তিদের তথ্য কীভাবে প্রক্রিয়া করে।
privacy-data-title = আমরা কোন তথ্য প্রক্রিয়া করি
privacy-data-text = পোর্টাল দেখতে আপনাকে নিবন্ধন করতে হবে না এবং আমরা আপনার কাছে কোনো ব্যক্তিগত তথ্য চাই না। সার্ভার কেবল চালানো ও নিরাপত্তার জন্য প্রয়োজনীয় প্রযুক্তিগত তথ্য রেকর্ড করে (যেমন অনুরোধের সময় ও অনুরোধ করা পৃষ্ঠা), আপনি যা লেখেন তার বিষয়বস্তু নয়।
privacy-cookies-title = কুকি
privacy-cookies-text = আমরা শুধু প্রযুক্তিগত কুকি ব্যবহার করি: একটি আপনার বেছে নেওয়া ভাষা মনে রাখে, আরেকটি ফর্মগুলোকে জাল অনুরোধ থেকে রক্ষা করে। আমরা প্রোফাইল তৈরির কুকি বা তৃতীয় পক্ষের ট্র্যাকিং টুল ব্যবহার করি না।
privacy-rights-title = আপনার অধিকার
privacy-rights-text = { $email } ঠিকানায় লিখে আপনি আপনার তথ্য দেখার, সংশোধনের বা মুছে ফেলার অনুরোধ করতে পারেন এবং তথ্য প্রক্রিয়াকরণে আপত্তি জানাতে পারেন। আপনি ইতালির ব্যক্তিগত তথ্য সুরক্ষা কর্তৃপক্ষের (Garante per la protezione dei dati personali) কাছে অভিযোগও করতে পারেন।
privacy-rights-nocontact = এই সাইট পরিচালনাকারী প্রতিষ্ঠান, যারা তথ্য নিয়ন্ত্রক, তাদের সাথে যোগাযোগ করে আপনি আপনার তথ্য দেখার, সংশোধনের বা মুছে ফেলার অনুরোধ করতে পারেন এবং তথ্য প্রক্রিয়াকরণে আপত্তি জানাতে পারেন। আপনি ইতালির ব্যক্তিগত তথ্য সুরক্ষা কর্তৃপক্ষের (Garante per la protezione dei dati personali) কাছে অভিযোগও করতে পারেন।
privacy-operators = নেটওয়ার্কের সেবাগুলোর কর্মীরা একটি সংরক্ষিত অংশ ব্যবহার করেন, যেখানে তাঁরা যাঁদের সহায়তা করেন তাঁদের তথ্যের জন্য আলাদা গোপনীয়তা নোটিশ রয়েছে।

## Error pages
error-404-title = পৃষ্ঠাটি পাওয়া যায়নি
error-404-text = আপনি যে পৃষ্ঠাটি খুঁজছেন তা নেই অথবা সরিয়ে নেওয়া হয়েছে।
error-500-title = একটি ত্রুটি হয়েছে
error-500-text = অনুরোধটি সম্পন্ন করা যায়নি। কয়েক মিনিট পরে আবার চেষ্টা করুন।
error-back-home = হোম পেজে ফিরে যান
error-request-id = অনুরোধের কোড: { $id }
error-403-title = প্রবেশের অনুমতি নেই
error-403-text = অনুরোধ করা কাজটি সম্পন্ন করা যায়নি। পৃষ্ঠাটি আবার লোড করে আবার চেষ্টা করুন।
error-403-permission = আপনার প্রোফাইল এই কাজটির অনুমতি দেয় না। এটি ভুল মনে হলে নেটওয়ার্কের প্রশাসকের সাথে যোগাযোগ করুন।
error-429-title = অনেক বেশি চেষ্টা
error-429-text = আপনি অল্প সময়ে অনেক বেশি অনুরোধ করেছেন। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
error-400-title = অবৈধ অনুরোধ
error-400-text = পাঠানো ফর্মটি পড়া যায়নি বা এটি অনেক বড়। ফাইলটি পরীক্ষা করে আবার চেষ্টা করুন।

## Services directory
dir-title = সেবা
dir-lead = আপনার সবচেয়ে কাছের অফিস বা সেবা খুঁজুন, যারা আপনাকে সাহায্য করতে পারে এবং আপনার ভাষায় কথা বলে।
dir-filters = সেবা ফিল্টার করুন
dir-category = সেবার ধরন
dir-category-any = সব ধরন
dir-place = পৌরসভা
dir-place-hint = পৌরসভার নাম লিখুন, যেমন Torino।
dir-language = যে ভাষায় কথা বলা হয়
dir-language-any = সব ভাষা
dir-open-now = এখন খোলা
dir-free = শুধু বিনামূল্যের সেবা
dir-search = সেবা দেখুন
dir-use-location = আমার অবস্থান ব্যবহার করুন
dir-location-used = আপনার অবস্থান থেকে দূরত্ব অনুযায়ী সাজানো।
dir-place-used = { $place } থেকে দূরত্ব অনুযায়ী সাজানো।
dir-place-unknown = “{ $place }” নামে কোনো পৌরসভা আমরা খুঁজে পাচ্ছি না: নামটি যাচাই করুন বা অন্য একটি নাম লিখুন।
dir-jump-map = মানচিত্রে দেখুন
dir-nothing-near = { $place }-এ ফিল্টারের সাথে মেলে এমন কোনো পরিষেবা নেই: সবচেয়ে কাছেরগুলো প্রায় { $km } কিমি দূরে।
dir-results = { $count ->
    [one] { $count }টি সেবা পাওয়া গেছে।
   *[other] { $count }টি সেবা পাওয়া গেছে।
}
dir-none = বেছে নেওয়া ফিল্টারের সাথে কোনো সেবা মেলেনি। একটি ফিল্টার সরিয়ে দেখুন, অথবা কাছের কোনো পৌরসভায় খুঁজুন।
dir-map = সেবার মানচিত্র
dir-map-hint = মানচিত্রে তালিকার সেবাগুলো দেখানো হয়। মানচিত্র ছাড়াও তালিকাটি কাজ করে।
dir-distance = { $km } কিমি দূরে
dir-open-until = এখন খোলা। বন্ধ হবে: { $time }
dir-opens-today = এখন বন্ধ। আজ খুলবে: { $time }
dir-opens-at = এখন বন্ধ। খুলবে: { $day }, { $time }
dir-hours-unknown = খোলার সময় জানানো হয়নি
dir-temporarily-closed = সাময়িকভাবে বন্ধ
dir-free-badge = বিনামূল্যে
dir-languages = যে ভাষাগুলোতে কথা বলা হয়
dir-pagination = ফলাফলের পৃষ্ঠা
dir-page-prev = আগের পৃষ্ঠা
dir-page-next = পরের পৃষ্ঠা
dir-page-of = পৃষ্ঠা { $page } (মোট { $pages })
dir-address = ঠিকানা
dir-hours = খোলার সময়
dir-phone = ফোন
dir-email = ইমেইল
dir-website = ওয়েবসাইট
dir-documents = যে কাগজপত্র সঙ্গে আনবেন
dir-accessibility = প্রবেশযোগ্যতা
dir-cost = খরচ
dir-directions = কীভাবে যাবেন
dir-verified = তথ্য যাচাইয়ের তারিখ: { $date }।
dir-not-verified = সম্পাদকীয় দল এখনও এই তথ্য যাচাই করেনি।
dir-organization = প্রতিষ্ঠান
dir-back = সেবার তালিকায় ফিরে যান
dir-how-to-apply = কীভাবে সেবা পাবেন
dir-eligibility = কাদের জন্য
dir-where = কোথায় অবস্থিত
dir-closed-day = বন্ধ
dir-not-translated = এই পৃষ্ঠাটি এখনও আপনার ভাষায় অনুবাদ করা হয়নি। পৃষ্ঠার ভাষা: { $language }।
dir-machine-translated = এই পৃষ্ঠাটি স্বয়ংক্রিয়ভাবে অনুবাদ করা হয়েছে এবং এখনও যাচাই করা হয়নি।
day-1 = সোমবার
day-2 = মঙ্গলবার
day-3 = বুধবার
day-4 = বৃহস্পতিবার
day-5 = শুক্রবার
day-6 = শনিবার
day-7 = রবিবার
hours-every-weeks =
    { $n ->
        [1] প্রতি সপ্তাহে
        *[other] প্রতি { $n } সপ্তাহে
    }
hours-every-months =
    { $n ->
        [1] প্রতি মাসে
        *[other] প্রতি { $n } মাসে
    }
hours-in-month = মাসের { $which }
hours-month-days = মাসের { $days } তারিখ
list-separator = { ", " }
hours-nth-1 = প্রথম
hours-nth-2 = দ্বিতীয়
hours-nth-3 = তৃতীয়
hours-nth-4 = চতুর্থ
hours-nth-5 = পঞ্চম
hours-nth-m1 = শেষ
hours-nth-m2 = শেষের আগেরটি
hours-nth-m3 = শেষ থেকে তৃতীয়
hours-nth-m4 = শেষ থেকে চতুর্থ
hours-nth-m5 = শেষ থেকে পঞ্চম
category-legal-permits = বসবাসের অনুমতিপত্র ও আইনি বিষয়
category-health = স্বাস্থ্য
category-housing = বাসস্থান
category-work-training = কাজ ও প্রশিক্ষণ
category-italian-language = ইতালীয় ভাষার কোর্স
category-school = স্কুল
category-social-services = সমাজসেবা
category-mediation = আন্তঃসাংস্কৃতিক মধ্যস্থতা
category-anti-violence = সহিংসতা প্রতিরোধ
category-asylum = আশ্রয় ও সুরক্ষা
category-family = পরিবার

## Guides and glossary
guides-title = বিভিন্ন কাজের গাইড
guides-lead = সবচেয়ে সাধারণ কাজগুলো ধাপে ধাপে বোঝানো হয়েছে: কার জন্য, কী করতে হবে, কী সঙ্গে আনতে হবে, খরচ কত এবং কোথায় যেতে হবে।
guides-categories = বিষয়
guides-glossary-link = এই কাজগুলোর শব্দের ব্যাখ্যা শব্দকোষে দেখুন
guides-back = সব গাইড
guide-not-translated = এই পৃষ্ঠাটি এখনও পুরোপুরি আপনার ভাষায় অনুবাদ করা হয়নি: কিছু অংশ { $language } ভাষায় আছে।
guide-machine-translated = এই পৃষ্ঠাটি স্বয়ংক্রিয়ভাবে অনুবাদ করা হয়েছে এবং এখনও কোনো মানুষ এটি যাচাই করেননি।
guide-category-permits = থাকার অনুমতিপত্র (permesso di soggiorno)
guide-category-residency = বসবাসের নিবন্ধন ও নিবন্ধন অফিস (Anagrafe)
guide-category-health = স্বাস্থ্য
guide-category-tax = ট্যাক্স কোড (codice fiscale) ও কর
guide-category-family = পরিবার
guide-category-education = স্কুল, পড়াশোনা ও ইতালীয় ভাষা
guide-category-work = কাজ
guide-category-citizenship = নাগরিকত্ব
guide-category-protection = আন্তর্জাতিক সুরক্ষা
guide-category-mobility = ড্রাইভিং লাইসেন্স (patente) ও যাতায়াত
guide-contents = এই পৃষ্ঠায়
guide-section-audience = কার জন্য
guide-section-steps = কী করতে হবে
guide-section-documents = কী কী লাগবে
guide-section-outcome = আপনি কী পাবেন
guide-section-timing = সময় ও শেষ তারিখ
guide-section-costs = খরচ কত
guide-section-legal = আইনি সূত্র
guide-section-contacts = যোগাযোগ
guide-permit-types = যাদের আছে:
guide-permit-any = যেকোনো থাকার অনুমতিপত্র
guide-permit-work = কাজের জন্য থাকার অনুমতিপত্র
guide-permit-family = পারিবারিক কারণে থাকার অনুমতিপত্র
guide-permit-study = পড়াশোনার জন্য থাকার অনুমতিপত্র
guide-permit-long_term_eu = ইইউ দীর্ঘমেয়াদি থাকার অনুমতিপত্র (permesso UE di lungo periodo)
guide-permit-asylum = আশ্রয় (শরণার্থীর মর্যাদা)
guide-permit-subsidiary_protection = সহায়ক সুরক্ষা (protezione sussidiaria)
guide-permit-special_protection = বিশেষ সুরক্ষা (protezione speciale)
guide-permit-waiting_employment = কাজ খোঁজার জন্য থাকার অনুমতিপত্র (attesa occupazione)
guide-permit-none = (এখনও) কোনো অনুমতিপত্র নেই
guide-where-to-go = কোথায় যাবেন:
guide-official-pages = সরকারি পৃষ্ঠা:
guide-reviewed = তথ্য যাচাই করা হয়েছে { $date } তারিখে; পরের যাচাই { $next } তারিখের মধ্যে।
glossary-title = শব্দকোষ
glossary-lead = অভিবাসন ও সরকারি সেবার শব্দগুলো সহজভাবে বোঝানো হয়েছে, বর্ণানুক্রমে সাজানো।
glossary-back = পুরো শব্দকোষ
glossary-in-italian = ইতালীয় ভাষায়:
glossary-aliases = অন্য নাম:
glossary-source = সূত্র:
glossary-related = আরও দেখুন
glossary-guides = যেসব গাইডে এটি আছে
guide-print = প্রিন্ট সংস্করণ
guide-print-title = প্রিন্টযোগ্য নির্দেশিকা: আপনার ভাষায় ও ইতালীয় ভাষায়
guide-print-qr = ফোনে এই নির্দেশিকা খুলতে কোডটি স্ক্যান করুন:
guide-pdf = PDF ডাউনলোড করুন (দুই ভাষায়)

## Search (issue 6)
search-title = খুঁজুন
search-label = গাইড, পরিষেবা ও শব্দ খুঁজুন
search-placeholder = যেমন: রেসিডেন্স পারমিট নবায়ন
search-button = খুঁজুন
search-results = { $count ->
    [one] “{ $query }”-এর জন্য { $count }টি ফলাফল
   *[other] “{ $query }”-এর জন্য { $count }টি ফলাফল
}
search-kind-all = সব
search-kind-guide = গাইড
search-kind-service = পরিষেবা
search-kind-concept = শব্দকোষ
search-did-you-mean = আপনি কি এটা খুঁজছিলেন:
search-none = “{ $query }”-এর জন্য কোনো ফলাফল পাওয়া যায়নি।
search-none-help = অন্য শব্দ বা কম শব্দ দিয়ে চেষ্টা করুন, বানান ঠিক আছে কি না দেখুন, অথবা গাইড ও শব্দকোষ থেকে শুরু করুন।
search-suggested = অনেকে যে গাইডগুলো খোঁজেন
search-glossary = অভিবাসন-সংক্রান্ত শব্দের শব্দকোষ দেখুন
search-near = কাছাকাছি (পৌরসভা)
search-near-unknown = আমরা “{ $place }” পৌরসভাটি চিনি না: ফলাফল দূরত্ব অনুযায়ী সাজানো নেই।
search-km = { $km } কিমি
search-in-language = { $language } ভাষায়
search-filter = দেখান

## Documents for the person: consent form and the copy of their data
consent-title = ব্যক্তিগত তথ্য শেয়ার করার সম্মতিপত্র
consent-intro = আমি, { $name }, { $agency }-কে আমার ব্যক্তিগত তথ্য শেয়ার করার অনুমতি দিচ্ছি। প্রাপক: { $recipient }। উদ্দেশ্য: { $purpose }।
consent-any = এই ধরনের যেকোনো প্রতিষ্ঠান: { $kind }
consent-special = এই সম্মতির মধ্যে সংবেদনশীল তথ্যও অন্তর্ভুক্ত (স্বাস্থ্য, ঝুঁকিপূর্ণ অবস্থা)।
consent-period = এই সম্মতি { $from } থেকে { $until } পর্যন্ত বৈধ।
consent-period-open = এই সম্মতি { $from } থেকে বৈধ, যতক্ষণ না আমি তা প্রত্যাহার করি।
consent-withdraw = আমি যেকোনো সময় { $agency }-এর সাথে যোগাযোগ করে আমার সম্মতি প্রত্যাহার করতে পারি। এতে আমি যে সেবাগুলো পাই তার ওপর কোনো প্রভাব পড়বে না। প্রত্যাহার ভবিষ্যতের জন্য কার্যকর হবে।
consent-rights = আমার তথ্য দেখার, তা সংশোধন বা মুছে ফেলার অনুরোধ করার, এবং কে তা দেখেছে ও কে তা পেয়েছে তা জানার অধিকার আমার আছে।
consent-place-date = স্থান ও তারিখ
consent-signature = ব্যক্তির স্বাক্ষর
consent-operator = কর্মীর স্বাক্ষর
consent-mediator = মধ্যস্থতাকারীর স্বাক্ষর (যদি উপস্থিত থাকেন)
consent-purpose-employment = কাজ ও প্রশিক্ষণ
consent-purpose-health = স্বাস্থ্য
consent-purpose-housing = বাসস্থান
consent-purpose-legal = আইনি সহায়তা ও প্রক্রিয়া
consent-purpose-education = স্কুল ও ইতালীয় ভাষা
consent-purpose-social = সামাজিক সহায়তা ও আয়
consent-kind-comune = পৌরসভা
consent-kind-ente_gestore = এলাকার সামাজিক সেবা
consent-kind-asl = স্থানীয় স্বাস্থ্য কর্তৃপক্ষ (ASL)
consent-kind-cpi = কর্মসংস্থান কেন্দ্র
consent-kind-cpia = প্রাপ্তবয়স্ক শিক্ষা কেন্দ্র (CPIA)
consent-kind-prefettura = প্রিফেকচার
consent-kind-questura = পুলিশ সদর দপ্তর (Questura)
consent-kind-school = স্কুল
consent-kind-third_sector = সমিতি বা সমবায় প্রতিষ্ঠান
consent-kind-region = আঞ্চলিক সরকার
consent-kind-research_institute = বিশ্ববিদ্যালয় বা গবেষণা প্রতিষ্ঠান
dsr-title = আপনার ব্যক্তিগত তথ্য
dsr-intro = { $agency } আপনার সম্পর্কে যত তথ্য রাখে, এটি তার সবকিছুর একটি কপি। এর সাথে আছে কে তা দেখেছে ও কে তা পেয়েছে তার তালিকা। তারিখ: { $date }।
dsr-identity = আপনার পরিচয়
dsr-visits = সহায়তা ডেস্কে আপনার সাক্ষাৎ
dsr-cases = আপনার সহায়তা পরিকল্পনা
dsr-bases = আপনার সম্মতি এবং আপনার তথ্য শেয়ার করার অন্যান্য আইনি ভিত্তি
dsr-recipients = কে আপনার তথ্য পেয়েছে
dsr-access = কে আপনার তথ্য দেখেছে বা পরিবর্তন করেছে
dsr-none = কেউ নয়।
dsr-rights = আপনি সহায়তা ডেস্কে আপনার তথ্য সংশোধন বা মুছে ফেলার অনুরোধ করতে পারেন।

## The newcomer's app: saved pages, offline, share and act
saved-link = আপনার সেভ করা পৃষ্ঠাগুলো
saved-title = ফোনে সেভ করা
saved-intro = আপনি যে গাইড আর সেবাগুলো সেভ করেন, সেগুলো এই ফোনেই থাকে এবং ইন্টারনেট ছাড়াও পড়া যায়। এই তালিকা কেউ দেখতে পায় না, আমরাও না।
saved-empty = আপনি এখনও কিছু সেভ করেননি। একটি গাইড বা সেবা খুলুন এবং “অফলাইনে পড়ার জন্য সেভ করুন” চাপুন।
saved-noscript = ফোনে পৃষ্ঠা সেভ করতে ব্রাউজারে JavaScript চালু থাকতে হবে।
saved-kind-guide = গাইড
saved-kind-service = সেবা
save-offline = অফলাইনে পড়ার জন্য সেভ করুন
save-offline-done = সেভ হয়েছে: ইন্টারনেট ছাড়াও পড়া যাবে
save-offline-remove = সেভ করা তালিকা থেকে সরান
offline-title = আপনি অফলাইনে আছেন
offline-text = এই পৃষ্ঠাটি ফোনে সেভ করা নেই এবং এখন ইন্টারনেট সংযোগ নেই। আপনি সেভ করা পৃষ্ঠাগুলো পড়তে পারেন।
share-title = এই পৃষ্ঠাটি শেয়ার করুন
share-whatsapp = WhatsApp-এ পাঠান
share-sms = SMS-এ পাঠান
share-native = শেয়ার করুন…
share-copy = লিংক কপি করুন
share-copied = লিংক কপি হয়েছে
share-address = পৃষ্ঠার ঠিকানা
share-qr = QR কোড দেখান
share-qr-caption = এই পৃষ্ঠাটি খুলতে অন্য একটি ফোন দিয়ে কোডটি স্ক্যান করুন।
act-call = কল করুন
act-whatsapp = WhatsApp-এ লিখুন
act-directions = যাওয়ার পথ
act-map = মানচিত্র খুলুন
listen = শুনুন
listen-stop = পড়া বন্ধ করুন

## Was this useful? Report wrong information
feedback-back = পৃষ্ঠায় ফিরে যান
feedback-title = এই পৃষ্ঠাটি কি আপনার কাজে লেগেছে?
feedback-yes = হ্যাঁ
feedback-no = না
feedback-report = ভুল তথ্য জানান
feedback-report-label = কী ভুল আছে বা কী বাদ পড়েছে?
feedback-report-hint = রিপোর্টে আপনার নাম যায় না: কোনো ব্যক্তিগত তথ্য (নাম, কাগজপত্র, ফোন নম্বর) লিখবেন না।
feedback-send = রিপোর্ট পাঠান
feedback-thanks = ধন্যবাদ: সম্পাদকীয় দল আপনার উত্তর পড়বে।
feedback-empty = কী ভুল আছে বা কী বাদ পড়েছে, তা লিখুন।
feedback-too-long = রিপোর্টটি অনেক লম্বা: সর্বোচ্চ { $max } অক্ষর লেখা যাবে।

## A guide's "in brief" box
guide-brief-title = সংক্ষেপে
guide-brief-who = কার জন্য
guide-brief-bring = কী সঙ্গে আনবেন
guide-brief-cost = খরচ কত
guide-brief-time = কত সময় লাগে
guide-brief-where = কোথায় যাবেন

## Your city: the portal by municipality
city-title = আপনার শহর
city-lead = আপনি যে পৌরসভায় (comune) থাকেন সেটি বেছে নিন: বিদেশিদের জন্য সহায়তা ডেস্ক, সবচেয়ে কাছের সেবা এবং গাইডগুলো দেখতে পাবেন। এই পছন্দ শুধু এই ফোনেই থাকে।
city-choose-label = আপনার পৌরসভা
city-choose-button = যান
city-locate = আমার অবস্থান ব্যবহার করুন
city-list-title = নেটওয়ার্কের সেবা আছে এমন পৌরসভা
city-unknown = “{ $place }” নামে কোনো পৌরসভা আমরা খুঁজে পাচ্ছি না। বানান ঠিক আছে কি না দেখুন, অথবা তালিকা থেকে বেছে নিন।
city-change = পৌরসভা বদলান
city-remembered = এই পৌরসভাটি শুধু এই ফোনেই মনে রাখা হয়।
city-desks = অনুমতিপত্র ও আইনি বিষয়ে সহায়তা ডেস্ক
city-no-desk = এই পৌরসভায় কোনো সহায়তা ডেস্ক নেই: সবচেয়ে কাছের সেবাগুলো দেখুন।
city-nearby = কাছাকাছি সেবা
city-all-services = কাছাকাছি সব সেবা, মানচিত্রে
city-guides = বিভিন্ন কাজের গাইড
city-yours = আপনার শহর:
city-choose-link = আপনার শহর বেছে নিন

# Certificate verification (public)
verify-title = সনদ যাচাই করুন
verify-lead = প্রশিক্ষণ সনদে ছাপা কোডটি লিখুন: সনদটি বৈধ কি না, কার নামে এবং কোন কোর্সের তা দেখুন।
verify-code-label = সনদের কোড
verify-code-hint = দশটি অক্ষর ও সংখ্যা, যেমন ABCDE-12345। বড় বা ছোট হাতের অক্ষর ও হাইফেন কোনো ব্যাপার নয়।
verify-submit = যাচাই করুন
verify-malformed = এটি সনদের কোড নয়: পুরোটা লিখেছেন কি না দেখুন।
verify-unknown = { $code } কোডের কোনো সনদ নেই।
verify-valid = সনদটি বৈধ।
verify-revoked = সনদটি { $date } তারিখে বাতিল করা হয়েছে।
verify-holder = যার নামে
verify-course = কোর্স
verify-hours = ঘণ্টা
verify-dates = তারিখ
verify-issuer = প্রদানকারী
verify-issued = প্রদানের তারিখ
verify-code = কোড

## Needs survey by public link (partner bodies without an account)
survey-public-lead = এই উত্তরগুলো দিয়ে সেবাগুলোর কর্মীদের প্রশিক্ষণের পরিকল্পনা করা হয়। আমরা আপনার নাম জিজ্ঞেস করি না: শুধু প্রতিষ্ঠানের ধরন, পেশা ও প্রদেশ সংরক্ষণ করি।
survey-about-you = কে উত্তর দিচ্ছেন
survey-agency-kind = প্রতিষ্ঠানের ধরন
survey-profession = পেশা
survey-province = প্রদেশ
survey-province-hint = প্রদেশের সংক্ষিপ্ত রূপ, যেমন TO।
survey-choose = বেছে নিন
survey-required = আবশ্যক
survey-scale-hint = 1 (একেবারেই না) থেকে 5 (খুব বেশি)।
survey-rank-hint = প্রতিটি বিষয়কে একটি স্থান দিন, 1 (সবচেয়ে গুরুত্বপূর্ণ) থেকে { $count } পর্যন্ত; প্রতিটি স্থান শুধু একবার।
survey-place = “{ $choice }”-এর স্থান
survey-submit = উত্তর পাঠান
survey-thanks-title = ধন্যবাদ
survey-thanks = আপনার উত্তর রেকর্ড করা হয়েছে। আপনি এই পৃষ্ঠাটি বন্ধ করতে পারেন।
survey-closed = এই প্রশ্নমালা এখন কোনো উত্তর নিচ্ছে না।
survey-error-summary = কিছু উত্তর ঠিক করতে হবে: { $count }।
survey-error-missing = এই প্রশ্নের উত্তর দিন।
survey-error-unknown = দেওয়া বিকল্পগুলোর মধ্যে একটি বেছে নিন।
survey-error-scale = 1 থেকে 5 পর্যন্ত একটি মান বেছে নিন।
survey-error-ranking = প্রতিটি বিষয়কে আলাদা স্থান দিন, 1 থেকে { $count } পর্যন্ত।
survey-error-too-long = উত্তরটি অনেক লম্বা: সর্বোচ্চ { $max } অক্ষর লেখা যাবে।
survey-error-agency-kind = প্রতিষ্ঠানের ধরন বেছে নিন।
survey-error-profession = পেশা বেছে নিন।
survey-error-province = একটি ইতালীয় প্রদেশের সংক্ষিপ্ত রূপ লিখুন, যেমন TO।
survey-profession-front_office = ডেস্ক কর্মী
survey-profession-social_worker = সমাজকর্মী
survey-profession-legal_operator = আইনি পরামর্শদাতা
survey-profession-health_operator = স্বাস্থ্যকর্মী
survey-profession-mediator = আন্তঃসাংস্কৃতিক মধ্যস্থতাকারী
survey-profession-coordinator = সমন্বয়কারী
survey-profession-trainer = প্রশিক্ষক
survey-profession-editor = সম্পাদক
survey-profession-translator = অনুবাদক
survey-profession-analyst = বিশ্লেষক
survey-profession-administrator = প্রশাসক
survey-profession-other = অন্য পেশা
