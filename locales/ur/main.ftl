# Crocevia — user-interface strings (Urdu).
# Latin-script runs (Italian office names, law references) are wrapped in Unicode
# isolates U+2068…U+2069 so they do not reorder the surrounding right-to-left text.

## Language names, each written in its own language (used by the language switcher).
language-name = اردو

## Layout
site-tagline = تیسرے ممالک کے شہریوں کے انضمام کے لیے معلومات اور خدمات
skip-to-content = مرکزی مواد پر جائیں
skip-to-footer = صفحے کے نچلے حصے پر جائیں
lang-switcher-label = زبان
lang-switcher-current = صفحے کی زبان: { $language }
menu-label = مرکزی مینو
menu-toggle = مینو دکھائیں یا چھپائیں
nav-home = ہوم
nav-guides = رہنمائی
nav-services = خدمات
nav-glossary = اصطلاحات
nav-search = تلاش
demo-notice = نمونے کی ویب سائٹ: خدمات کے رابطے اور پتے صرف مثال کے طور پر دیے گئے ہیں۔ سرکاری طریقۂ کار کے لیے بتائے گئے دفاتر سے رجوع کریں۔
external-link = (بیرونی ویب سائٹ)

## Home page
home-title = اپنی زبان میں صحیح طریقۂ کار اور قریب ترین سروس تلاش کریں
home-lead = { $network } علاقے کے رہنمائی مراکز، سماجی، طبی اور قانونی خدمات اور بین الثقافتی ثالثوں کو ایک نیٹ ورک میں جوڑتا ہے۔ یہاں سب سے عام طریقۂ کار کے بارے میں واضح معلومات اور مدد مانگنے کے لیے رابطے کی تفصیلات موجود ہیں۔
home-topics-title = سب سے زیادہ پوچھے جانے والے طریقۂ کار
home-topics-lead = ان معاملات کی ابتدائی وضاحت جن کے بارے میں لوگ کاؤنٹرز پر سب سے زیادہ پوچھتے ہیں۔ قواعد بدل سکتے ہیں: ہمیشہ متعلقہ دفتر سے تصدیق کریں۔
topic-where = کہاں رجوع کریں: { $office }
topic-permit-title = رہائشی اجازت نامے کی تجدید
topic-permit-text = تجدید کی درخواست میعاد ختم ہونے سے پہلے دی جاتی ہے، عام طور پر کم از کم 60 دن پہلے۔ کئی قسم کے اجازت ناموں کے لیے درخواست مجاز ڈاک خانوں سے ڈاک کٹ (⁨kit postale⁩) کے ذریعے بھیجی جاتی ہے؛ باقی کے لیے براہِ راست پولیس ہیڈکوارٹر (⁨Questura⁩) میں جمع کرائی جاتی ہے۔
topic-permit-office = پولیس ہیڈکوارٹر (⁨Questura⁩) یا مجاز ڈاک خانہ (⁨Sportello Amico⁩)
topic-residence-title = آبادی کے رجسٹر میں اندراج (رہائش)
topic-residence-text = اپنی رہائش کی بلدیہ (⁨Comune⁩) کے آبادی کے رجسٹر (⁨anagrafe⁩) میں اندراج آپ کا حق ہے اور اس سے شناختی کارڈ سے لے کر سماجی خدمات تک بہت سی خدمات تک رسائی ملتی ہے۔ اس کے لیے ایک شناختی دستاویز، رہائشی اجازت نامہ (یا تجدید کی درخواست کی رسید) اور آپ کی رہائش کا پتہ درکار ہے۔
topic-residence-office = بلدیہ (⁨Comune⁩) کا آبادی رجسٹر کا دفتر (⁨anagrafe⁩)
topic-health-title = طبی سہولت اور فیملی ڈاکٹر
topic-health-text = رہائشی اجازت نامہ ہو تو قومی صحت سروس (⁨Servizio sanitario nazionale⁩) میں اندراج کرا کے فیملی ڈاکٹر (⁨medico di base⁩) یا بچوں کے ڈاکٹر کا انتخاب کیا جاتا ہے۔ جن کے پاس درست اجازت نامہ نہیں، انہیں بھی ⁨STP⁩ کوڈ کے ذریعے فوری اور ضروری علاج کا حق حاصل ہے۔
topic-health-office = مقامی محکمۂ صحت (⁨ASL⁩)، ڈاکٹر کے انتخاب اور تبدیلی کا کاؤنٹر
topic-italian-title = اطالوی زبان کے کورس
topic-italian-text = صوبائی مراکز برائے تعلیمِ بالغاں (⁨CPIA⁩) بالغوں کے لیے ابتدائی سطح سے مفت اطالوی کورس منعقد کرتے ہیں، اور بعض اجازت ناموں کے لیے درکار اطالوی زبان کا ٹیسٹ بھی لیتے ہیں۔
topic-italian-office = ⁨CPIA⁩، صوبائی مرکز برائے تعلیمِ بالغاں (⁨Centro provinciale per l'istruzione degli adulti⁩)
topic-work-title = روزگار اور تربیت
topic-work-text = روزگار مرکز (⁨Centro per l'impiego⁩) کام تلاش کرنے، فوری طور پر کام کے لیے دستیابی کا اعلان جمع کرانے، اور تربیتی کورس اور انٹرن شپ تلاش کرنے میں آپ کی مدد کرتا ہے۔
topic-work-office = روزگار مرکز (⁨Centro per l'impiego, CPI⁩)
topic-family-title = خاندانی ملاپ
topic-family-text = شوہر یا بیوی، بچوں یا زیرِ کفالت والدین کو اٹلی بلانے کے لیے امیگریشن کے واحد دفتر (⁨Sportello unico per l'immigrazione⁩) سے آن لائن اجازت نامہ (⁨nulla osta⁩) مانگا جاتا ہے۔ اس کے لیے مناسب رہائش اور کم از کم آمدنی ضروری ہے۔
topic-family-office = پریفیکچر (⁨Prefettura⁩) کا امیگریشن کا واحد دفتر (⁨Sportello unico per l'immigrazione⁩)
home-desk-title = واحد کاؤنٹر: شروعات کے لیے ایک ہی جگہ
home-desk-text = واحد کاؤنٹر پر سماجی، قانونی اور طبی کارکنوں اور بین الثقافتی ثالثوں کی ایک ٹیم آپ کی صورتِ حال سنتی ہے، آپ کی رہنمائی کرتی ہے اور ضرورت ہو تو دوسری خدمات تک آپ کے ساتھ جاتی ہے۔ یہ سروس مفت ہے۔
home-desk-point-info = علاقے کی خدمات کے بارے میں معلومات اور رہنمائی
home-desk-point-legal = اجازت ناموں، شہریت اور پناہ کے بارے میں قانونی مشورہ
home-desk-point-health = طبی خدمات کے بارے میں رہنمائی
home-desk-point-mediation = آپ کی زبان میں بین الثقافتی ثالثی
home-desk-bring = آپ کے پاس جو دستاویزات ہیں وہ ساتھ لائیں: پاسپورٹ، رہائشی اجازت نامہ یا رسید، ٹیکس کوڈ (⁨codice fiscale⁩)۔
home-contact-title = رابطہ
home-contact-address = پتہ
home-contact-phone = فون
home-contact-email = ای میل
home-contact-hours = اوقاتِ کار
home-help-title = مفید نمبر، مفت
help-112 = ہنگامی حالات کا واحد نمبر: پولیس، کارابینیری، فائر بریگیڈ، ایمبولینس
help-1522 = تشدد اور ہراسانی (اسٹاکنگ) کے خلاف: 24 گھنٹے دستیاب، دوسری زبانوں میں بھی
help-antitratta = انسانی تجارت (ہیومن ٹریفکنگ) کے خلاف مفت نمبر: نام ظاہر کیے بغیر، 24 گھنٹے دستیاب، کئی زبانوں میں
home-languages-title = آپ کی زبان میں
home-languages-text = یہ ویب سائٹ کئی زبانوں میں دستیاب ہے۔ اوپر «زبان» مینو سے اپنی زبان منتخب کریں: صفحہ وہی رہے گا۔

## Footer
footer-about = { $network } استقبال اور انضمام کی خدمات کے نیٹ ورک کے لیے ایک کھلا پلیٹ فارم ہے۔
footer-funding = یورپی یونین کے پناہ، ہجرت اور انضمام فنڈ (⁨FAMI⁩) کی مالی معاونت سے چلنے والے منصوبوں کے تحت تیار کیا گیا۔
footer-accessibility = قابلِ رسائی ہونے کا بیان
footer-privacy = رازداری کا نوٹس
footer-api = ⁨API⁩ اور اوپن ڈیٹا
footer-legal-title = قانونی معلومات

## Accessibility declaration
accessibility-title = قابلِ رسائی ہونے کا بیان
accessibility-intro = { $network } اطالوی قانون نمبر 4 مورخہ 9 جنوری 2004 اور یورپی یونین کی ہدایت ⁨(EU) 2016/2102⁩ کے مطابق اس ویب سائٹ کو سب کے لیے قابلِ رسائی بنانے کا عزم رکھتا ہے۔
accessibility-status-title = مطابقت کی صورتِ حال
accessibility-status-text = یہ ویب سائٹ معیار ⁨EN 301 549⁩ کے تقاضوں اور ⁨WCAG 2.1⁩ کی سطح ⁨AA⁩ کی ہدایات کے مطابق بنائی گئی ہے۔ ہر ورژن کو ایک حقیقی براؤزر میں اطالوی، انگریزی اور عربی میں خودکار ٹیسٹوں سے جانچا جاتا ہے؛ دستی جانچ جاری ہے۔
accessibility-features-title = رسائی کے لیے ہم کیا کرتے ہیں
accessibility-feature-languages = کئی زبانوں میں متن، عربی اور اردو کے لیے پڑھنے کی درست سمت کے ساتھ؛
accessibility-feature-keyboard = کی بورڈ سے مکمل نیویگیشن، مواد پر براہِ راست جانے کے لنک کے ساتھ؛
accessibility-feature-nojs = ایسے صفحات جو ⁨JavaScript⁩ کے بغیر اور سست انٹرنیٹ پر بھی کام کرتے ہیں؛
accessibility-feature-contrast = رنگوں کا مناسب تضاد اور متن کا مناسب سائز۔
accessibility-feedback-title = مسائل کی اطلاع
accessibility-feedback-text = اگر کوئی مواد قابلِ رسائی نہ ہو تو { $email } پر لکھیں۔ ہم 30 دن کے اندر جواب دیں گے۔
accessibility-feedback-nocontact = اگر کوئی مواد قابلِ رسائی نہ ہو تو اس ویب سائٹ کو چلانے والے ادارے کو اطلاع دیں۔ وہ 30 دن کے اندر جواب دے گا۔
accessibility-enforcement-title = نفاذ کا طریقۂ کار
accessibility-enforcement-text = اگر جواب تسلی بخش نہ ہو یا 30 دن کے اندر نہ آئے تو اطالوی ڈیجیٹل ایجنسی (⁨AgID⁩) کے ڈیجیٹل محتسب (⁨Difensore civico per il digitale⁩) کو شکایت کی جا سکتی ہے۔

## Privacy notice
privacy-title = رازداری کا نوٹس
privacy-intro = یہ نوٹس وضاحت کرتا ہے کہ { $network } یورپی یونین کے ضابطے ⁨(EU) 2016/679 (GDPR)⁩ کے تحت عوامی پورٹل دیکھنے والوں کا ڈیٹا کس طرح پروسیس کرتا ہے۔
privacy-data-title = ہم کون سا ڈیٹا پروسیس کرتے ہیں
privacy-data-text = پورٹل دیکھنے کے لیے رجسٹریشن ضروری نہیں اور ہم کوئی ذاتی معلومات نہیں مانگتے۔ سرور صرف وہ تکنیکی ڈیٹا محفوظ کرتا ہے جو نظام چلانے اور سکیورٹی کے لیے ضروری ہے (مثلاً درخواست کا وقت اور مطلوبہ صفحہ)، آپ کے لکھے ہوئے مواد کے بغیر۔
privacy-cookies-title = کوکیز
privacy-cookies-text = ہم صرف تکنیکی کوکیز استعمال کرتے ہیں: ایک آپ کی منتخب کردہ زبان یاد رکھتی ہے، دوسری فارموں کو جعلی درخواستوں سے محفوظ رکھتی ہے۔ ہم پروفائلنگ کوکیز یا کسی تیسرے فریق کے ٹریکنگ ٹولز استعمال نہیں کرتے۔
privacy-rights-title = آپ کے حقوق
privacy-rights-text = { $email } پر لکھ کر آپ اپنے ڈیٹا تک رسائی، اس کی درستی یا اسے حذف کرنے کی درخواست کر سکتے ہیں اور اس کی پروسیسنگ پر اعتراض کر سکتے ہیں۔ آپ ذاتی ڈیٹا کے تحفظ کی اطالوی اتھارٹی (⁨Garante per la protezione dei dati personali⁩) کو شکایت بھی کر سکتے ہیں۔
privacy-rights-nocontact = اس ویب سائٹ کو چلانے والے ادارے سے، جو ڈیٹا کنٹرولر ہے، رابطہ کر کے آپ اپنے ڈیٹا تک رسائی، اس کی درستی یا اسے حذف کرنے کی درخواست کر سکتے ہیں اور اس کی پروسیسنگ پر اعتراض کر سکتے ہیں۔ آپ ذاتی ڈیٹا کے تحفظ کی اطالوی اتھارٹی (⁨Garante per la protezione dei dati personali⁩) کو شکایت بھی کر سکتے ہیں۔
privacy-operators = نیٹ ورک کی خدمات کے کارکن ایک محفوظ حصہ استعمال کرتے ہیں، جس میں ان افراد کے ڈیٹا کے لیے الگ نوٹس موجود ہے جن کی وہ مدد کرتے ہیں۔

## Error pages
error-404-title = صفحہ نہیں ملا
error-404-text = مطلوبہ صفحہ موجود نہیں یا اسے منتقل کر دیا گیا ہے۔
error-500-title = ایک خرابی پیش آ گئی
error-500-text = درخواست مکمل نہیں ہو سکی۔ چند منٹ بعد دوبارہ کوشش کریں۔
error-back-home = ہوم پیج پر واپس جائیں
error-request-id = درخواست کا کوڈ: { $id }
error-403-title = رسائی کی اجازت نہیں
error-403-text = درخواست کردہ کارروائی مکمل نہیں ہو سکی۔ براہِ کرم صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
error-403-permission = آپ کی پروفائل اس کارروائی کی اجازت نہیں دیتی۔ اگر آپ کے خیال میں یہ غلطی ہے تو نیٹ ورک کے منتظم سے رابطہ کریں۔
error-429-title = بہت زیادہ کوششیں
error-429-text = آپ نے کم وقت میں بہت زیادہ درخواستیں بھیجیں۔ چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔
error-400-title = غلط درخواست
error-400-text = بھیجا گیا فارم پڑھا نہیں جا سکا یا بہت بڑا ہے۔ فائل چیک کریں اور دوبارہ کوشش کریں۔

## Services directory
dir-title = خدمات
dir-lead = وہ قریب ترین دفتر یا خدمت تلاش کریں جو آپ کی مدد کر سکے اور جہاں آپ کی زبان بولی جاتی ہو۔
dir-filters = خدمات کو فلٹر کریں
dir-category = خدمت کی قسم
dir-category-any = تمام اقسام
dir-place = بلدیہ
dir-place-hint = بلدیہ کا نام لکھیں، مثلاً ⁨Torino⁩۔
dir-language = بولی جانے والی زبان
dir-language-any = تمام زبانیں
dir-open-now = ابھی کھلا ہے
dir-free = صرف مفت خدمات
dir-search = خدمات دکھائیں
dir-use-location = میرا مقام استعمال کریں
dir-location-used = آپ کے مقام سے فاصلے کے مطابق ترتیب دی گئی ہیں۔
dir-place-used = { $place } سے فاصلے کے مطابق ترتیب دی گئی ہیں۔
dir-place-unknown = ہمیں بلدیہ «{ $place }» نہیں ملی: نام چیک کریں یا کوئی اور نام لکھیں۔
dir-jump-map = نقشے پر دیکھیں
dir-nothing-near = { $place } میں فلٹرز کے مطابق کوئی سروس نہیں: قریب ترین تقریباً { $km } کلومیٹر دور ہیں۔
dir-results = { $count ->
    [one] ایک خدمت ملی۔
   *[other] { $count } خدمات ملیں۔
}
dir-none = منتخب فلٹرز کے مطابق کوئی خدمت نہیں ملی۔ کوئی فلٹر ہٹا کر دیکھیں یا کسی قریبی بلدیہ میں تلاش کریں۔
dir-map = خدمات کا نقشہ
dir-map-hint = نقشہ فہرست کی خدمات دکھاتا ہے؛ فہرست نقشے کے بغیر بھی کام کرتی ہے۔
dir-distance = { $km } کلومیٹر دور
dir-open-until = ابھی کھلا ہے، { $time } بجے بند ہوگا
dir-opens-today = ابھی بند ہے، آج { $time } بجے کھلے گا
dir-opens-at = ابھی بند ہے، { $day } کو { $time } بجے کھلے گا
dir-hours-unknown = اوقاتِ کار نہیں بتائے گئے
dir-temporarily-closed = عارضی طور پر بند
dir-free-badge = مفت
dir-languages = بولی جانے والی زبانیں
dir-pagination = نتائج کے صفحات
dir-page-prev = پچھلا صفحہ
dir-page-next = اگلا صفحہ
dir-page-of = صفحہ { $page } از { $pages }
dir-address = پتہ
dir-hours = اوقاتِ کار
dir-phone = فون
dir-email = ای میل
dir-website = ویب سائٹ
dir-documents = ساتھ لانے والی دستاویزات
dir-accessibility = رسائی کی سہولیات
dir-cost = اخراجات
dir-directions = یہاں کیسے پہنچیں
dir-verified = معلومات کی تصدیق { $date } کو کی گئی۔
dir-not-verified = ادارتی ٹیم نے ابھی ان معلومات کی تصدیق نہیں کی۔
dir-organization = ادارہ
dir-back = خدمات کی فہرست پر واپس جائیں
dir-how-to-apply = خدمت کیسے حاصل کریں
dir-eligibility = یہ کس کے لیے ہے
dir-where = کہاں واقع ہے
dir-closed-day = بند
dir-not-translated = اس صفحے کا ابھی آپ کی زبان میں ترجمہ نہیں ہوا۔ صفحے کی زبان: { $language }۔
dir-machine-translated = اس صفحے کا ترجمہ خودکار طور پر کیا گیا ہے اور ابھی اس کا جائزہ نہیں لیا گیا۔
day-1 = پیر
day-2 = منگل
day-3 = بدھ
day-4 = جمعرات
day-5 = جمعہ
day-6 = ہفتہ
day-7 = اتوار
hours-every-weeks =
    { $n ->
        [1] ہر ہفتے
        *[other] ہر { $n } ہفتے بعد
    }
hours-every-months =
    { $n ->
        [1] ہر مہینے
        *[other] ہر { $n } مہینے بعد
    }
hours-in-month = مہینے کا { $which }
hours-month-days = مہینے کی تاریخیں { $days }
list-separator = { "، " }
hours-nth-1 = پہلا
hours-nth-2 = دوسرا
hours-nth-3 = تیسرا
hours-nth-4 = چوتھا
hours-nth-5 = پانچواں
hours-nth-m1 = آخری
hours-nth-m2 = آخری سے پہلے
hours-nth-m3 = آخر سے تیسرا
hours-nth-m4 = آخر سے چوتھا
hours-nth-m5 = آخر سے پانچواں
category-legal-permits = رہائشی اجازت نامے اور قانونی معاملات
category-health = صحت
category-housing = رہائش
category-work-training = روزگار اور تربیت
category-italian-language = اطالوی زبان کے کورس
category-school = اسکول
category-social-services = سماجی خدمات
category-mediation = بین الثقافتی ثالثی
category-anti-violence = تشدد کے خلاف مدد
category-asylum = پناہ اور تحفظ
category-family = خاندان

## Guides and glossary
guides-title = مختلف کارروائیوں کی رہنمائی
guides-lead = سب سے عام کارروائیاں قدم بہ قدم سمجھائی گئی ہیں: یہ کس کے لیے ہیں، کیا کرنا ہے، کیا ساتھ لانا ہے، کتنا خرچ آتا ہے اور کہاں جانا ہے۔
guides-categories = موضوعات
guides-glossary-link = ان کارروائیوں کے الفاظ کی وضاحت اصطلاحات کی لغت میں دیکھیں
guides-back = تمام گائیڈز
guide-not-translated = یہ صفحہ ابھی پوری طرح آپ کی زبان میں ترجمہ نہیں ہوا: کچھ حصے { $language } میں ہیں۔
guide-machine-translated = اس صفحے کا ترجمہ خودکار طریقے سے کیا گیا ہے اور ابھی کسی شخص نے اسے چیک نہیں کیا۔
guide-category-permits = رہائشی اجازت نامے (permesso di soggiorno)
guide-category-residency = رہائش کا اندراج اور رجسٹری دفتر (Anagrafe)
guide-category-health = صحت
guide-category-tax = ٹیکس کوڈ (codice fiscale) اور ٹیکس
guide-category-family = خاندان
guide-category-education = اسکول، تعلیم اور اطالوی زبان
guide-category-work = کام
guide-category-citizenship = شہریت
guide-category-protection = بین الاقوامی تحفظ
guide-category-mobility = ڈرائیونگ لائسنس (patente) اور ٹرانسپورٹ
guide-contents = اس صفحے پر
guide-section-audience = یہ کس کے لیے ہے
guide-section-steps = کیا کرنا ہے
guide-section-documents = کیا چاہیے
guide-section-outcome = آپ کو کیا ملے گا
guide-section-timing = وقت اور آخری تاریخیں
guide-section-costs = کتنا خرچ آتا ہے
guide-section-legal = قانونی حوالے
guide-section-contacts = رابطے
guide-permit-types = ان لوگوں کے لیے جن کے پاس ہو:
guide-permit-any = کوئی بھی رہائشی اجازت نامہ
guide-permit-work = کام کا رہائشی اجازت نامہ
guide-permit-family = خاندانی وجوہات کا رہائشی اجازت نامہ
guide-permit-study = تعلیم کا رہائشی اجازت نامہ
guide-permit-long_term_eu = یورپی یونین کا طویل مدتی رہائشی اجازت نامہ (permesso UE di lungo periodo)
guide-permit-asylum = سیاسی پناہ (پناہ گزین کی حیثیت)
guide-permit-subsidiary_protection = ذیلی تحفظ (protezione sussidiaria)
guide-permit-special_protection = خصوصی تحفظ (protezione speciale)
guide-permit-waiting_employment = نوکری کی تلاش کا رہائشی اجازت نامہ (attesa occupazione)
guide-permit-none = (ابھی تک) کوئی اجازت نامہ نہیں
guide-where-to-go = کہاں جائیں:
guide-official-pages = سرکاری صفحات:
guide-reviewed = مواد کی جانچ { $date } کو کی گئی؛ اگلی جانچ { $next } تک ہوگی۔
glossary-title = اصطلاحات کی لغت
glossary-lead = امیگریشن اور سرکاری خدمات کے الفاظ، آسان زبان میں اور حروفِ تہجی کی ترتیب سے۔
glossary-back = پوری لغت
glossary-in-italian = اطالوی میں:
glossary-aliases = اسے یہ بھی کہتے ہیں:
glossary-source = ماخذ:
glossary-related = یہ بھی دیکھیں
glossary-guides = وہ گائیڈز جن میں اس کا ذکر ہے
guide-print = پرنٹ کے لیے ورژن
guide-print-title = پرنٹ کے لیے رہنما: آپ کی زبان میں اور اطالوی میں
guide-print-qr = فون پر یہ رہنما کھولنے کے لیے کوڈ اسکین کریں:
guide-pdf = PDF ڈاؤن لوڈ کریں (دو زبانوں میں)

## Search (issue 6)
search-title = تلاش
search-label = گائیڈز، خدمات اور الفاظ تلاش کریں
search-placeholder = مثلاً: رہائشی پرمٹ کی تجدید
search-button = تلاش کریں
search-results = { $count ->
    [one] «{ $query }» کے لیے 1 نتیجہ
   *[other] «{ $query }» کے لیے { $count } نتائج
}
search-kind-all = سب
search-kind-guide = گائیڈز
search-kind-service = خدمات
search-kind-concept = لغت
search-did-you-mean = کیا آپ کا مطلب تھا:
search-none = «{ $query }» کے لیے کوئی نتیجہ نہیں ملا۔
search-none-help = دوسرے الفاظ یا کم الفاظ آزمائیں، ہجے چیک کریں، یا گائیڈز اور لغت سے شروع کریں۔
search-suggested = وہ گائیڈز جو بہت سے لوگ تلاش کرتے ہیں
search-glossary = ہجرت سے متعلق الفاظ کی لغت دیکھیں
search-near = قریب (بلدیہ)
search-near-unknown = ہم بلدیہ «{ $place }» کو نہیں جانتے: نتائج فاصلے کے لحاظ سے ترتیب نہیں دیے گئے۔
search-km = { $km } کلومیٹر
search-in-language = { $language } میں
search-filter = دکھائیں

## Documents for the person: consent form and the copy of their data
consent-title = ذاتی ڈیٹا فراہم کرنے کی رضامندی
consent-intro = میں، { $name }، { $agency } کو اجازت دیتا/دیتی ہوں کہ وہ میرا ذاتی ڈیٹا آگے فراہم کرے۔ وصول کنندہ: { $recipient }۔ مقصد: { $purpose }۔
consent-any = اس قسم کا کوئی بھی ادارہ: { $kind }
consent-special = اس رضامندی میں حساس ڈیٹا (صحت، کمزور صورتِ حال) بھی شامل ہے۔
consent-period = یہ رضامندی { $from } سے { $until } تک مؤثر ہے۔
consent-period-open = یہ رضامندی { $from } سے اس وقت تک مؤثر ہے جب تک میں اسے واپس نہ لے لوں۔
consent-withdraw = میں کسی بھی وقت { $agency } سے رابطہ کر کے اپنی رضامندی واپس لے سکتا/سکتی ہوں۔ اس سے مجھے ملنے والی خدمات پر کوئی اثر نہیں پڑے گا۔ رضامندی واپس لینا آئندہ کے لیے مؤثر ہوگا۔
consent-rights = مجھے حق ہے کہ اپنا ڈیٹا دیکھوں، اس کی درستی یا اسے حذف کرنے کی درخواست کروں، اور یہ جانوں کہ کس نے اسے دیکھا اور کس نے اسے وصول کیا۔
consent-place-date = جگہ اور تاریخ
consent-signature = متعلقہ شخص کے دستخط
consent-operator = کارکن کے دستخط
consent-mediator = ثالث کے دستخط (اگر موجود ہو)
consent-purpose-employment = کام اور تربیت
consent-purpose-health = صحت
consent-purpose-housing = رہائش
consent-purpose-legal = قانونی مدد اور کاغذی کارروائی
consent-purpose-education = اسکول اور اطالوی زبان
consent-purpose-social = سماجی مدد اور آمدنی
consent-kind-comune = بلدیہ
consent-kind-ente_gestore = مقامی سماجی خدمات
consent-kind-asl = مقامی محکمۂ صحت (⁨ASL⁩)
consent-kind-cpi = روزگار مرکز
consent-kind-cpia = مرکز برائے تعلیمِ بالغاں (⁨CPIA⁩)
consent-kind-prefettura = پریفیکچر
consent-kind-questura = پولیس ہیڈکوارٹر (⁨Questura⁩)
consent-kind-school = اسکول
consent-kind-third_sector = انجمن یا کوآپریٹو
consent-kind-region = علاقائی حکومت
consent-kind-research_institute = یونیورسٹی یا تحقیقی ادارہ
dsr-title = آپ کا ذاتی ڈیٹا
dsr-intro = یہ اس تمام ڈیٹا کی نقل ہے جو { $agency } نے آپ کے بارے میں محفوظ رکھا ہے، ساتھ میں یہ فہرست بھی ہے کہ کس نے اسے دیکھا اور کس نے اسے وصول کیا۔ تاریخ: { $date }۔
dsr-identity = آپ کی شناخت
dsr-visits = کاؤنٹر پر آپ کی آمد
dsr-cases = آپ کے معاونتی منصوبے
dsr-bases = آپ کی رضامندیاں اور آپ کا ڈیٹا فراہم کرنے کی دیگر قانونی بنیادیں
dsr-recipients = کس نے آپ کا ڈیٹا وصول کیا
dsr-access = کس نے آپ کا ڈیٹا دیکھا یا اس میں تبدیلی کی
dsr-none = کوئی نہیں۔
dsr-rights = آپ کاؤنٹر پر اپنے ڈیٹا کی درستی یا اسے حذف کرنے کی درخواست کر سکتے ہیں۔

## The newcomer's app: saved pages, offline, share and act
saved-link = آپ کے محفوظ کیے ہوئے صفحات
saved-title = فون میں محفوظ
saved-intro = آپ جو گائیڈ اور خدمات محفوظ کرتے ہیں وہ اسی فون میں رہتی ہیں اور انٹرنیٹ کے بغیر بھی پڑھی جا سکتی ہیں۔ یہ فہرست کوئی نہیں دیکھ سکتا، ہم بھی نہیں۔
saved-empty = آپ نے ابھی تک کچھ محفوظ نہیں کیا۔ کوئی گائیڈ یا خدمت کھولیں اور «آف لائن پڑھنے کے لیے محفوظ کریں» دبائیں۔
saved-noscript = فون میں صفحات محفوظ کرنے کے لیے براؤزر میں ⁨JavaScript⁩ آن ہونا ضروری ہے۔
saved-kind-guide = گائیڈ
saved-kind-service = خدمت
save-offline = آف لائن پڑھنے کے لیے محفوظ کریں
save-offline-done = محفوظ ہو گیا: انٹرنیٹ کے بغیر بھی پڑھا جا سکتا ہے
save-offline-remove = محفوظ فہرست سے ہٹائیں
offline-title = آپ آف لائن ہیں
offline-text = یہ صفحہ فون میں محفوظ نہیں ہے اور ابھی انٹرنیٹ نہیں ہے۔ آپ اپنے محفوظ کیے ہوئے صفحات پڑھ سکتے ہیں۔
share-title = یہ صفحہ شیئر کریں
share-whatsapp = ⁨WhatsApp⁩ سے بھیجیں
share-sms = ⁨SMS⁩ سے بھیجیں
share-native = شیئر کریں…
share-copy = لنک کاپی کریں
share-copied = لنک کاپی ہو گیا
share-address = صفحے کا پتہ
share-qr = ⁨QR⁩ کوڈ دکھائیں
share-qr-caption = یہ صفحہ کھولنے کے لیے کسی دوسرے فون سے کوڈ اسکین کریں۔
act-call = کال کریں
act-whatsapp = ⁨WhatsApp⁩ پر لکھیں
act-directions = راستے کی رہنمائی
act-map = نقشہ کھولیں
listen = سنیں
listen-stop = پڑھنا بند کریں

## Was this useful? Report wrong information
feedback-back = صفحے پر واپس جائیں
feedback-title = کیا یہ صفحہ آپ کے لیے مفید تھا؟
feedback-yes = جی ہاں
feedback-no = نہیں
feedback-report = غلط معلومات کی اطلاع دیں
feedback-report-label = کیا غلط ہے یا کیا چیز موجود نہیں؟
feedback-report-hint = یہ اطلاع گمنام ہے: ذاتی معلومات (نام، دستاویزات، فون) نہ لکھیں۔
feedback-send = اطلاع بھیجیں
feedback-thanks = شکریہ: ادارتی ٹیم آپ کا جواب پڑھے گی۔
feedback-empty = لکھیں کہ کیا غلط ہے یا کیا چیز موجود نہیں۔
feedback-too-long = اطلاع بہت لمبی ہے: زیادہ سے زیادہ { $max } حروف لکھے جا سکتے ہیں۔

## A guide's "in brief" box
guide-brief-title = مختصراً
guide-brief-who = کس کے لیے
guide-brief-bring = کیا ساتھ لائیں
guide-brief-cost = کتنا خرچ آتا ہے
guide-brief-time = کتنا وقت لگتا ہے
guide-brief-where = کہاں جائیں

## Your city: the portal by municipality
city-title = آپ کا شہر
city-lead = وہ بلدیہ منتخب کریں جہاں آپ رہتے ہیں: آپ غیر ملکیوں کے لیے کاؤنٹر، قریب ترین خدمات اور گائیڈز دیکھ سکیں گے۔ آپ کا انتخاب صرف اسی فون میں رہتا ہے۔
city-choose-label = آپ کی بلدیہ
city-choose-button = جائیں
city-locate = میرا مقام استعمال کریں
city-list-title = وہ بلدیات جہاں نیٹ ورک کی خدمات موجود ہیں
city-unknown = ہمیں بلدیہ «{ $place }» نہیں ملی۔ ہجے چیک کریں یا فہرست میں سے منتخب کریں۔
city-change = بلدیہ تبدیل کریں
city-remembered = یہ بلدیہ صرف اسی فون میں یاد رکھی جاتی ہے۔
city-desks = اجازت ناموں اور قانونی معاملات کے کاؤنٹر
city-no-desk = اس بلدیہ میں کوئی کاؤنٹر نہیں ہے: قریب ترین خدمات دیکھیں۔
city-nearby = قریبی خدمات
city-all-services = تمام قریبی خدمات، نقشے پر
city-guides = مختلف کارروائیوں کی رہنمائی
city-yours = آپ کا شہر:
city-choose-link = اپنا شہر منتخب کریں

# Certificate verification (public)
verify-title = سرٹیفکیٹ کی تصدیق کریں
verify-lead = تربیتی سرٹیفکیٹ پر چھپا ہوا کوڈ لکھیں اور دیکھیں کہ یہ درست ہے، کس کے نام ہے اور کس کورس کا ہے۔
verify-code-label = سرٹیفکیٹ کا کوڈ
verify-code-hint = دس حروف اور ہندسے، مثلاً ABCDE-12345۔ بڑے یا چھوٹے حروف اور ڈیش سے فرق نہیں پڑتا۔
verify-submit = تصدیق کریں
verify-malformed = یہ سرٹیفکیٹ کا کوڈ نہیں ہے: دیکھیں کہ آپ نے پورا لکھا ہے۔
verify-unknown = کوڈ { $code } کا کوئی سرٹیفکیٹ نہیں ہے۔
verify-valid = سرٹیفکیٹ درست ہے۔
verify-revoked = سرٹیفکیٹ { $date } کو منسوخ کر دیا گیا۔
verify-holder = جاری کیا گیا بنام
verify-course = کورس
verify-hours = گھنٹے
verify-dates = تاریخیں
verify-issuer = جاری کنندہ
verify-issued = تاریخ اجرا
verify-code = کوڈ

## Needs survey by public link (partner bodies without an account)
survey-public-lead = جوابات خدمات کے کارکنوں کی تربیت کی منصوبہ بندی کے لیے استعمال ہوتے ہیں۔ ہم آپ کا نام نہیں پوچھتے: ہم صرف ادارے کی قسم، پیشہ اور صوبہ محفوظ رکھتے ہیں۔
survey-about-you = آپ کے بارے میں
survey-agency-kind = ادارے کی قسم
survey-profession = پیشہ
survey-province = صوبہ
survey-province-hint = صوبے کا مخفف، مثلاً ⁨TO⁩۔
survey-choose = منتخب کریں
survey-required = لازمی
survey-scale-hint = 1 (بالکل نہیں) سے 5 (بہت زیادہ) تک۔
survey-rank-hint = ہر اختیار کو ایک درجہ دیں، 1 (سب سے اہم) سے { $count } تک، اور ہر درجہ صرف ایک بار۔
survey-place = «{ $choice }» کا درجہ
survey-submit = جوابات بھیجیں
survey-thanks-title = شکریہ
survey-thanks = آپ کے جوابات درج کر لیے گئے ہیں۔ آپ یہ صفحہ بند کر سکتے ہیں۔
survey-closed = یہ سوالنامہ اس وقت جوابات قبول نہیں کر رہا۔
survey-error-summary = کچھ جوابات درست کرنے کی ضرورت ہے: { $count }۔
survey-error-missing = براہِ کرم اس سوال کا جواب دیں۔
survey-error-unknown = دیے گئے اختیارات میں سے ایک منتخب کریں۔
survey-error-scale = 1 سے 5 تک کوئی قدر منتخب کریں۔
survey-error-ranking = ہر اختیار کو الگ درجہ دیں، 1 سے { $count } تک۔
survey-error-too-long = جواب بہت لمبا ہے: زیادہ سے زیادہ { $max } حروف لکھے جا سکتے ہیں۔
survey-error-agency-kind = ادارے کی قسم منتخب کریں۔
survey-error-profession = پیشہ منتخب کریں۔
survey-error-province = کسی اطالوی صوبے کا مخفف لکھیں، مثلاً ⁨TO⁩۔
survey-profession-front_office = کاؤنٹر کارکن
survey-profession-social_worker = سماجی کارکن
survey-profession-legal_operator = قانونی مشیر
survey-profession-health_operator = طبی کارکن
survey-profession-mediator = بین الثقافتی ثالث
survey-profession-coordinator = کوآرڈینیٹر
survey-profession-trainer = ٹرینر
survey-profession-editor = ایڈیٹر
survey-profession-translator = مترجم
survey-profession-analyst = تجزیہ کار
survey-profession-administrator = منتظم
survey-profession-other = کوئی اور پیشہ
