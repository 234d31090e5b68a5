# Crocevia — user-interface strings (Arabic, Modern Standard).
# Latin-script runs (Italian office names, law references) are wrapped in Unicode
# isolates U+2068…U+2069 so they do not reorder the surrounding right-to-left text.

## Language names, each written in its own language (used by the language switcher).
language-name = العربية

## Layout
site-tagline = معلومات وخدمات لاندماج مواطني البلدان من خارج الاتحاد الأوروبي
skip-to-content = الانتقال إلى المحتوى الرئيسي
skip-to-footer = الانتقال إلى أسفل الصفحة
lang-switcher-label = اللغة
lang-switcher-current = لغة الصفحة: { $language }
menu-label = القائمة الرئيسية
menu-toggle = إظهار القائمة أو إخفاؤها
nav-home = الصفحة الرئيسية
nav-guides = الأدلة
nav-services = الخدمات
nav-glossary = مسرد المصطلحات
nav-search = بحث
demo-notice = موقع تجريبي: بيانات الاتصال وعناوين الخدمات مجرد أمثلة. للإجراءات الرسمية، يُرجى التوجه إلى المكاتب المذكورة.
external-link = (موقع خارجي)

## Home page
home-title = الإجراء المناسب وأقرب خدمة إليك، بلغتك
home-lead = يربط { $network } في شبكة واحدة بين مكاتب الاستقبال والخدمات الاجتماعية والصحية والقانونية والوسطاء الثقافيين في الإقليم. هنا معلومات واضحة عن الإجراءات الأكثر شيوعًا، وبيانات الاتصال لطلب المساعدة.
home-topics-title = الإجراءات الأكثر طلبًا
home-topics-lead = شرح أولي للمعاملات التي يسأل عنها الناس في مكاتب الاستقبال أكثر من غيرها. قد تتغير القواعد: يُرجى التحقق دائمًا لدى المكتب المختص.
topic-where = جهة المراجعة: { $office }
topic-permit-title = تجديد تصريح الإقامة
topic-permit-text = يُطلب التجديد قبل انتهاء صلاحية التصريح، عادةً قبل 60 يومًا على الأقل. بالنسبة لأنواع كثيرة من التصاريح، يُرسَل الطلب بالحزمة البريدية (⁨kit postale⁩) من مكاتب البريد المعتمدة؛ أما الأنواع الأخرى فيُقدَّم طلبها مباشرةً في مقر الشرطة (⁨Questura⁩).
topic-permit-office = مقر الشرطة (⁨Questura⁩) أو مكتب بريد معتمد (⁨Sportello Amico⁩)
topic-residence-title = التسجيل في سجل السكان (الإقامة)
topic-residence-text = التسجيل في سجل السكان (⁨anagrafe⁩) لدى بلدية (⁨Comune⁩) مكان سكنك حقٌّ لك، ويتيح الوصول إلى خدمات كثيرة، من بطاقة الهوية إلى الخدمات الاجتماعية. يلزم لذلك وثيقة هوية، وتصريح الإقامة (أو إيصال طلب التجديد)، وعنوان سكنك.
topic-residence-office = مكتب سجل السكان (⁨anagrafe⁩) في البلدية (⁨Comune⁩)
topic-health-title = الرعاية الصحية وطبيب الأسرة
topic-health-text = بتصريح الإقامة يمكنك التسجيل في الخدمة الصحية الوطنية (⁨Servizio sanitario nazionale⁩) واختيار طبيب الأسرة (⁨medico di base⁩) أو طبيب الأطفال. ومن ليس لديه تصريح ساري المفعول يحق له مع ذلك الحصول على الرعاية العاجلة والأساسية باستخدام رمز ⁨STP⁩.
topic-health-office = الهيئة الصحية المحلية (⁨ASL⁩)، مكتب اختيار الطبيب وتغييره
topic-italian-title = دورات اللغة الإيطالية
topic-italian-text = تنظم مراكز المقاطعات لتعليم الكبار (⁨CPIA⁩) دورات مجانية في اللغة الإيطالية للكبار، بدءًا من مستوى المبتدئين، كما تنظم اختبار اللغة الإيطالية المطلوب لبعض التصاريح.
topic-italian-office = ⁨CPIA⁩، مركز المقاطعة لتعليم الكبار (⁨Centro provinciale per l'istruzione degli adulti⁩)
topic-work-title = العمل والتدريب
topic-work-text = يساعدك مركز التوظيف (⁨Centro per l'impiego⁩) في البحث عن عمل، وفي تقديم إعلان الاستعداد الفوري للعمل، وفي العثور على دورات تدريبية وفرص تدريب عملي.
topic-work-office = مركز التوظيف (⁨Centro per l'impiego, CPI⁩)
topic-family-title = لمّ شمل الأسرة
topic-family-text = لاستقدام الزوج أو الزوجة أو الأبناء أو الوالدين المُعالين إلى إيطاليا، يُطلب إذن عدم الممانعة (⁨nulla osta⁩) عبر الإنترنت من الشباك الموحد للهجرة (⁨Sportello unico per l'immigrazione⁩). ويُشترط توفر سكن مناسب ودخل أدنى.
topic-family-office = الشباك الموحد للهجرة (⁨Sportello unico per l'immigrazione⁩) التابع للمحافظة (⁨Prefettura⁩)
home-desk-title = الشباك الموحد: مكان واحد للبدء
home-desk-text = في الشباك الموحد، يستمع فريق من العاملين الاجتماعيين والقانونيين والصحيين والوسطاء الثقافيين إلى وضعك، ويقدم لك التوجيه، ويرافقك عند الحاجة إلى الخدمات الأخرى. الخدمة مجانية.
home-desk-point-info = معلومات وتوجيه حول الخدمات المتوفرة في المنطقة
home-desk-point-legal = استشارات قانونية حول التصاريح والجنسية واللجوء
home-desk-point-health = التوجيه إلى الخدمات الصحية
home-desk-point-mediation = وساطة ثقافية بلغتك
home-desk-bring = يُرجى إحضار ما لديك من وثائق: جواز السفر، تصريح الإقامة أو الإيصال، الرمز الضريبي (⁨codice fiscale⁩).
home-contact-title = معلومات الاتصال
home-contact-address = العنوان
home-contact-phone = الهاتف
home-contact-email = البريد الإلكتروني
home-contact-hours = مواعيد العمل
home-help-title = أرقام مفيدة ومجانية
help-112 = رقم الطوارئ الموحد: الشرطة، الكارابينييري (الدرك)، الإطفاء، الإسعاف
help-1522 = مكافحة العنف والملاحقة المزعجة (⁨stalking⁩): متاح على مدار 24 ساعة، وبلغات أخرى أيضًا
help-antitratta = الرقم المجاني لمكافحة الاتجار بالبشر: دون الكشف عن الهوية، متاح على مدار 24 ساعة، بعدة لغات
home-languages-title = بلغتك
home-languages-text = هذا الموقع متاح بعدة لغات. يمكنك اختيار لغتك من قائمة «اللغة» في أعلى الصفحة دون مغادرة هذه الصفحة.

## Footer
footer-about = { $network } منصة مفتوحة لشبكة خدمات الاستقبال والاندماج.
footer-funding = أُنجز في إطار مشاريع ممولة من صندوق اللجوء والهجرة والاندماج (⁨FAMI⁩) التابع للاتحاد الأوروبي.
footer-accessibility = بيان إمكانية الوصول
footer-privacy = إشعار الخصوصية
footer-api = واجهة برمجة التطبيقات (⁨API⁩) والبيانات المفتوحة
footer-legal-title = معلومات قانونية

## Accessibility declaration
accessibility-title = بيان إمكانية الوصول
accessibility-intro = يلتزم { $network } بجعل هذا الموقع في متناول الجميع، وفقًا للقانون الإيطالي رقم 4 الصادر في 9 يناير/كانون الثاني 2004 والتوجيه الأوروبي ⁨(EU) 2016/2102⁩.
accessibility-status-title = حالة المطابقة
accessibility-status-text = صُمم الموقع ليكون مطابقًا لمتطلبات المعيار ⁨EN 301 549⁩ وإرشادات ⁨WCAG 2.1⁩ بالمستوى ⁨AA⁩. يجري التحقق من كل إصدار باختبارات آلية في متصفح حقيقي باللغات الإيطالية والإنجليزية والعربية؛ وتستمر عمليات التحقق اليدوية.
accessibility-features-title = ما نقوم به لتسهيل الوصول
accessibility-feature-languages = نصوص بعدة لغات، مع اتجاه القراءة الصحيح للعربية والأردية؛
accessibility-feature-keyboard = تصفح كامل باستخدام لوحة المفاتيح، مع رابط للانتقال مباشرة إلى المحتوى؛
accessibility-feature-nojs = صفحات تعمل أيضًا دون ⁨JavaScript⁩ ومع الاتصالات البطيئة؛
accessibility-feature-contrast = تباين مناسب للألوان وحجم مناسب للنص.
accessibility-feedback-title = الإبلاغ عن المشكلات
accessibility-feedback-text = إذا وجدت محتوى يصعب الوصول إليه، يمكنك الكتابة إلى { $email }. سنرد عليك خلال 30 يومًا.
accessibility-feedback-nocontact = إذا وجدت محتوى يصعب الوصول إليه، يمكنك إبلاغ الجهة التي تدير هذا الموقع. وسترد عليك خلال 30 يومًا.
accessibility-enforcement-title = إجراءات التنفيذ
accessibility-enforcement-text = إذا لم يكن الرد مرضيًا أو لم يصل خلال 30 يومًا، يمكنك تقديم بلاغ إلى أمين المظالم للشؤون الرقمية (⁨Difensore civico per il digitale⁩) لدى وكالة إيطاليا الرقمية (⁨AgID⁩).

## Privacy notice
privacy-title = إشعار الخصوصية
privacy-intro = يوضح هذا الإشعار كيف يعالج { $network } بيانات من يزورون البوابة العامة، وفقًا للائحة الأوروبية ⁨(EU) 2016/679 (GDPR)⁩.
privacy-data-title = ما البيانات التي نعالجها
privacy-data-text = التسجيل غير مطلوب لتصفح البوابة، ولا نطلب منك أي بيانات شخصية. يسجل الخادم فقط البيانات التقنية اللازمة للتشغيل والأمان (مثل وقت الطلب والصفحة المطلوبة)، دون محتوى ما يُكتب.
privacy-cookies-title = ملفات تعريف الارتباط (⁨Cookies⁩)
privacy-cookies-text = نستخدم فقط ملفات تعريف الارتباط التقنية: أحدها يتذكر اللغة التي اخترتها، والآخر يحمي النماذج من الطلبات المزورة. لا نستخدم ملفات تعريف الارتباط لإنشاء الملفات الشخصية (التنميط) ولا أدوات تتبع تابعة لجهات خارجية.
privacy-rights-title = حقوقك
privacy-rights-text = يمكنك طلب الاطلاع على بياناتك أو تصحيحها أو حذفها، والاعتراض على معالجتها، بالكتابة إلى { $email }. ويمكنك أيضًا تقديم شكوى إلى الهيئة الإيطالية لحماية البيانات الشخصية (⁨Garante per la protezione dei dati personali⁩).
privacy-rights-nocontact = يمكنك طلب الاطلاع على بياناتك أو تصحيحها أو حذفها، والاعتراض على معالجتها، بالتوجه إلى الجهة التي تدير هذا الموقع، وهي الجهة المسؤولة عن معالجة البيانات. ويمكنك أيضًا تقديم شكوى إلى الهيئة الإيطالية لحماية البيانات الشخصية (⁨Garante per la protezione dei dati personali⁩).
privacy-operators = يستخدم العاملون في خدمات الشبكة منطقة محجوزة، مع إشعار خاص ببيانات الأشخاص الذين يتابعونهم.

## Error pages
error-404-title = الصفحة غير موجودة
error-404-text = الصفحة المطلوبة غير موجودة أو تم نقلها.
error-500-title = حدث خطأ
error-500-text = تعذّر إكمال الطلب. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-back-home = العودة إلى الصفحة الرئيسية
error-request-id = رمز الطلب: { $id }
error-403-title = الوصول غير مسموح
error-403-text = تعذّر تنفيذ العملية المطلوبة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-403-permission = لا يسمح ملفك الشخصي بهذه العملية. إذا كنت تعتقد أن هذا خطأ، يُرجى التواصل مع مسؤول الشبكة.
error-429-title = محاولات كثيرة جدًا
error-429-text = أرسلت طلبات كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.
error-400-title = طلب غير صالح
error-400-text = تعذّرت قراءة النموذج المرسل أو أنه كبير جدًا. تحقّق من الملف ثم حاول مرة أخرى.

## Services directory
dir-title = الخدمات
dir-lead = ابحث عن أقرب مكتب أو خدمة يمكنها مساعدتك ويتحدث العاملون فيها لغتك.
dir-filters = تصفية الخدمات
dir-category = نوع الخدمة
dir-category-any = جميع الأنواع
dir-place = البلدية
dir-place-hint = اكتب اسم البلدية، مثل ⁨Torino⁩.
dir-language = اللغة المستخدمة
dir-language-any = جميع اللغات
dir-open-now = مفتوح الآن
dir-free = الخدمات المجانية فقط
dir-search = عرض الخدمات
dir-use-location = استخدام موقعي
dir-location-used = مرتبة حسب المسافة من موقعك.
dir-place-used = مرتبة حسب المسافة من { $place }.
dir-place-unknown = لم نجد البلدية «{ $place }»: تحقق من الاسم أو اكتب اسمًا آخر.
dir-jump-map = عرض على الخريطة
dir-nothing-near = لا توجد خدمة في { $place } تطابق عوامل التصفية: أقرب الخدمات على بعد نحو { $km } كم.
dir-results = { $count ->
    [zero] لم يتم العثور على أي خدمة.
    [one] تم العثور على خدمة واحدة.
    [two] تم العثور على خدمتين.
    [few] تم العثور على { $count } خدمات.
    [many] تم العثور على { $count } خدمة.
   *[other] تم العثور على { $count } خدمة.
}
dir-none = لا توجد خدمة تطابق عوامل التصفية المختارة. جرّب إزالة أحد عوامل التصفية أو البحث في بلدية قريبة.
dir-map = خريطة الخدمات
dir-map-hint = تعرض الخريطة الخدمات الموجودة في القائمة، والقائمة تعمل أيضًا دون الخريطة.
dir-distance = على بُعد { $km } كم
dir-open-until = مفتوح الآن، يُغلق الساعة { $time }
dir-opens-today = مغلق الآن، يفتح اليوم الساعة { $time }
dir-opens-at = مغلق الآن، يفتح يوم { $day } الساعة { $time }
dir-hours-unknown = مواعيد العمل غير محددة
dir-temporarily-closed = مغلق مؤقتًا
dir-free-badge = مجاني
dir-languages = اللغات المستخدمة
dir-pagination = صفحات النتائج
dir-page-prev = الصفحة السابقة
dir-page-next = الصفحة التالية
dir-page-of = الصفحة { $page } من { $pages }
dir-address = العنوان
dir-hours = مواعيد العمل
dir-phone = الهاتف
dir-email = البريد الإلكتروني
dir-website = الموقع الإلكتروني
dir-documents = الوثائق المطلوب إحضارها
dir-accessibility = إمكانية الوصول
dir-cost = التكلفة
dir-directions = كيفية الوصول
dir-verified = تم التحقق من المعلومات بتاريخ { $date }.
dir-not-verified = لم يتحقق فريق التحرير من هذه المعلومات بعد.
dir-organization = الجهة
dir-back = العودة إلى قائمة الخدمات
dir-how-to-apply = كيفية الحصول على الخدمة
dir-eligibility = لمن هذه الخدمة
dir-where = الموقع
dir-closed-day = مغلق
dir-not-translated = هذه الصفحة غير مترجمة إلى لغتك بعد. لغة الصفحة: { $language }.
dir-machine-translated = تُرجمت هذه الصفحة آليًا ولم تتم مراجعتها بعد.
day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد
hours-every-weeks =
    { $n ->
        [1] كل أسبوع
        [2] كل أسبوعين
        *[other] كل { $n } أسابيع
    }
hours-every-months =
    { $n ->
        [1] كل شهر
        [2] كل شهرين
        *[other] كل { $n } أشهر
    }
hours-in-month = { $which } من الشهر
hours-month-days = الأيام { $days } من الشهر
list-separator = { "، " }
hours-nth-1 = الأول
hours-nth-2 = الثاني
hours-nth-3 = الثالث
hours-nth-4 = الرابع
hours-nth-5 = الخامس
hours-nth-m1 = الأخير
hours-nth-m2 = قبل الأخير
hours-nth-m3 = الثالث من الأخير
hours-nth-m4 = الرابع من الأخير
hours-nth-m5 = الخامس من الأخير
category-legal-permits = تصاريح الإقامة والشؤون القانونية
category-health = الصحة
category-housing = السكن
category-work-training = العمل والتدريب
category-italian-language = دورات اللغة الإيطالية
category-school = المدرسة
category-social-services = الخدمات الاجتماعية
category-mediation = الوساطة الثقافية
category-anti-violence = مكافحة العنف
category-asylum = اللجوء والحماية
category-family = الأسرة

## Guides and glossary
guides-title = أدلة الإجراءات
guides-lead = أكثر الإجراءات شيوعًا مشروحة خطوة بخطوة: لمن هي، وماذا تفعل، وماذا تحضر معك، وكم تكلّف، وإلى أين تذهب.
guides-categories = المواضيع
guides-glossary-link = كلمات هذه الإجراءات مشروحة في قاموس المصطلحات
guides-back = كل الأدلة
guide-not-translated = هذه الصفحة غير مترجمة بالكامل إلى لغتك بعد: بعض الأجزاء مكتوبة باللغة { $language }.
guide-machine-translated = تُرجمت هذه الصفحة آليًا، ولم يراجعها أي شخص بعد.
guide-category-permits = تصاريح الإقامة (permesso di soggiorno)
guide-category-residency = الإقامة ومكتب السجل المدني (Anagrafe)
guide-category-health = الصحة
guide-category-tax = الرمز الضريبي (codice fiscale) والضرائب
guide-category-family = العائلة
guide-category-education = المدرسة والدراسة واللغة الإيطالية
guide-category-work = العمل
guide-category-citizenship = الجنسية
guide-category-protection = الحماية الدولية
guide-category-mobility = رخصة القيادة (patente) والمواصلات
guide-contents = في هذه الصفحة
guide-section-audience = لمن هذا الإجراء
guide-section-steps = ماذا تفعل
guide-section-documents = ماذا تحتاج
guide-section-outcome = ماذا ستحصل عليه
guide-section-timing = المدة والمواعيد النهائية
guide-section-costs = كم يكلّف
guide-section-legal = المراجع القانونية
guide-section-contacts = جهات الاتصال
guide-permit-types = للأشخاص الذين لديهم:
guide-permit-any = أي تصريح إقامة
guide-permit-work = تصريح إقامة للعمل
guide-permit-family = تصريح إقامة لأسباب عائلية
guide-permit-study = تصريح إقامة للدراسة
guide-permit-long_term_eu = تصريح إقامة أوروبي طويل الأمد (permesso UE di lungo periodo)
guide-permit-asylum = لجوء (صفة لاجئ)
guide-permit-subsidiary_protection = حماية فرعية (protezione sussidiaria)
guide-permit-special_protection = حماية خاصة (protezione speciale)
guide-permit-waiting_employment = تصريح إقامة للبحث عن عمل (attesa occupazione)
guide-permit-none = لا يوجد تصريح إقامة (حتى الآن)
guide-where-to-go = إلى أين تذهب:
guide-official-pages = الصفحات الرسمية:
guide-reviewed = تم التحقق من المحتوى بتاريخ { $date }؛ التحقق القادم قبل { $next }.
glossary-title = قاموس المصطلحات
glossary-lead = كلمات الهجرة والخدمات العامة مشروحة ببساطة، ومرتبة حسب الحروف الأبجدية.
glossary-back = القاموس كاملًا
glossary-in-italian = بالإيطالية:
glossary-aliases = ويُسمّى أيضًا:
glossary-source = المصدر:
glossary-related = انظر أيضًا
glossary-guides = أدلة تذكر هذه الكلمة
guide-print = نسخة للطباعة
guide-print-title = دليل للطباعة: بلغتك وبالإيطالية
guide-print-qr = امسح الرمز لفتح هذا الدليل على الهاتف:
guide-pdf = تنزيل ملف PDF (بلغتين)

## Search (issue 6)
search-title = البحث
search-label = ابحث في الأدلة والخدمات والكلمات
search-placeholder = مثلًا: تجديد تصريح الإقامة
search-button = بحث
search-results = { $count ->
    [zero] لا توجد نتائج عن «{ $query }»
    [one] نتيجة واحدة عن «{ $query }»
    [two] نتيجتان عن «{ $query }»
    [few] { $count } نتائج عن «{ $query }»
    [many] { $count } نتيجة عن «{ $query }»
   *[other] { $count } نتيجة عن «{ $query }»
}
search-kind-all = الكل
search-kind-guide = الأدلة
search-kind-service = الخدمات
search-kind-concept = قاموس المصطلحات
search-did-you-mean = هل تقصد:
search-none = لا توجد نتائج عن «{ $query }».
search-none-help = جرّب كلمات أخرى أو عددًا أقل من الكلمات، وتحقق من الإملاء، أو ابدأ من الأدلة وقاموس المصطلحات.
search-suggested = أدلة يبحث عنها كثير من الناس
search-glossary = تصفّح قاموس مصطلحات الهجرة
search-near = بالقرب من (البلدية)
search-near-unknown = لا نعرف البلدية «{ $place }»: النتائج غير مرتبة حسب المسافة.
search-km = { $km } كم
search-in-language = باللغة: { $language }
search-filter = عرض

## Documents for the person: consent form and the copy of their data
consent-title = الموافقة على مشاركة البيانات الشخصية
consent-intro = أنا الموقّع/ة أدناه { $name }، أسمح لـ { $agency } بمشاركة بياناتي الشخصية مع { $recipient }، لهذا الغرض: { $purpose }.
consent-any = أي جهة من هذا النوع: { $kind }
consent-special = تشمل الموافقة أيضًا البيانات الحساسة (الصحة، حالات الضعف).
consent-period = تسري الموافقة من { $from } إلى { $until }.
consent-period-open = تسري الموافقة من { $from } إلى أن أسحبها.
consent-withdraw = يمكنني سحب موافقتي في أي وقت، دون أي أثر على الخدمات التي أتلقاها، بالتواصل مع { $agency }. يسري السحب على المستقبل.
consent-rights = يحق لي الاطلاع على بياناتي، وطلب تصحيحها أو حذفها، ومعرفة من اطّلع عليها ومن تلقّاها.
consent-place-date = المكان والتاريخ
consent-signature = توقيع الشخص المعني
consent-operator = توقيع الموظف
consent-mediator = توقيع الوسيط الثقافي أو الوسيطة الثقافية (إن وُجد)
consent-purpose-employment = العمل والتدريب
consent-purpose-health = الصحة
consent-purpose-housing = السكن
consent-purpose-legal = المساعدة القانونية والإجراءات
consent-purpose-education = المدرسة واللغة الإيطالية
consent-purpose-social = الدعم الاجتماعي والدخل
consent-kind-comune = البلدية
consent-kind-ente_gestore = الخدمات الاجتماعية المحلية
consent-kind-asl = الهيئة الصحية المحلية (⁨ASL⁩)
consent-kind-cpi = مركز التوظيف
consent-kind-cpia = مركز تعليم الكبار (⁨CPIA⁩)
consent-kind-prefettura = المحافظة
consent-kind-questura = مقر الشرطة (⁨Questura⁩)
consent-kind-school = المدرسة
consent-kind-third_sector = جمعية أو تعاونية
consent-kind-region = الإقليم
consent-kind-research_institute = جامعة أو معهد أبحاث
dsr-title = بياناتك الشخصية
dsr-intro = هذه نسخة من جميع البيانات التي يحتفظ بها { $agency } عنك، مع قائمة بمن اطّلع عليها ومن تلقّاها. التاريخ: { $date }.
dsr-identity = هويتك
dsr-visits = زياراتك إلى الشباك
dsr-cases = خطط الدعم الخاصة بك
dsr-bases = موافقاتك والأسس القانونية الأخرى لمشاركة بياناتك
dsr-recipients = من تلقّى بياناتك
dsr-access = من اطّلع على بياناتك أو عدّلها
dsr-none = لا أحد.
dsr-rights = يمكنك أن تطلب من الشباك تصحيح بياناتك أو حذفها.

## The newcomer's app: saved pages, offline, share and act
saved-link = صفحاتك المحفوظة
saved-title = المحفوظ على الهاتف
saved-intro = الأدلة والخدمات التي تحفظها تبقى على هذا الهاتف، ويمكنك قراءتها أيضًا دون اتصال بالإنترنت. لا أحد يرى هذه القائمة، ولا نحن أيضًا.
saved-empty = لم تحفظ أي شيء بعد. افتح دليلًا أو خدمة واضغط على «حفظ للقراءة دون إنترنت».
saved-noscript = لحفظ الصفحات على الهاتف، يجب تشغيل ⁨JavaScript⁩ في المتصفح.
saved-kind-guide = دليل
saved-kind-service = خدمة
save-offline = حفظ للقراءة دون إنترنت
save-offline-done = تم الحفظ: يمكن قراءتها أيضًا دون إنترنت
save-offline-remove = إزالة من المحفوظات
offline-title = أنت غير متصل بالإنترنت
offline-text = هذه الصفحة غير محفوظة على الهاتف، ولا يوجد اتصال بالإنترنت الآن. يمكنك قراءة الصفحات التي حفظتها.
share-title = مشاركة هذه الصفحة
share-whatsapp = إرسال عبر ⁨WhatsApp⁩
share-sms = إرسال برسالة ⁨SMS⁩
share-native = مشاركة…
share-copy = نسخ الرابط
share-copied = تم نسخ الرابط
share-address = عنوان الصفحة
share-qr = عرض رمز ⁨QR⁩
share-qr-caption = وجّه كاميرا هاتف آخر إلى الرمز لفتح هذه الصفحة.
act-call = اتصال
act-whatsapp = مراسلة عبر ⁨WhatsApp⁩
act-directions = طريق الوصول
act-map = فتح الخريطة
listen = استماع
listen-stop = إيقاف القراءة

## Was this useful? Report wrong information
feedback-back = العودة إلى الصفحة
feedback-title = هل كانت هذه الصفحة مفيدة لك؟
feedback-yes = نعم
feedback-no = لا
feedback-report = الإبلاغ عن معلومة خاطئة
feedback-report-label = ما الخطأ أو ما الذي ينقص؟
feedback-report-hint = يُرسَل البلاغ دون الكشف عن هويتك: لا تكتب أي بيانات شخصية (الاسم، الوثائق، رقم الهاتف).
feedback-send = إرسال البلاغ
feedback-thanks = شكرًا لك: سيقرأ فريق التحرير ردّك.
feedback-empty = اكتب ما الخطأ أو ما الذي ينقص.
feedback-too-long = البلاغ طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }.

## A guide's "in brief" box
guide-brief-title = باختصار
guide-brief-who = لمن
guide-brief-bring = ماذا تحضر معك
guide-brief-cost = كم يكلّف
guide-brief-time = كم يستغرق
guide-brief-where = إلى أين تذهب

## Your city: the portal by municipality
city-title = مدينتك
city-lead = اختر البلدية التي تعيش فيها: سترى الشبابيك المخصصة للأجانب وأقرب الخدمات والأدلة. يبقى اختيارك على هذا الهاتف فقط.
city-choose-label = بلديتك
city-choose-button = انتقال
city-locate = استخدام موقعي
city-list-title = البلديات التي فيها خدمات من الشبكة
city-unknown = لم نجد البلدية «{ $place }». تحقق من طريقة كتابة الاسم أو اختر من القائمة.
city-change = تغيير البلدية
city-remembered = تُحفَظ هذه البلدية على هذا الهاتف فقط.
city-desks = شبابيك التصاريح والشؤون القانونية
city-no-desk = لا يوجد شباك في هذه البلدية: اطّلع على أقرب الخدمات.
city-nearby = خدمات قريبة
city-all-services = كل الخدمات القريبة على الخريطة
city-guides = أدلة الإجراءات
city-yours = مدينتك:
city-choose-link = اختيار مدينتك

# Certificate verification (public)
verify-title = التحقق من شهادة
verify-lead = اكتب الرمز المطبوع على شهادة التدريب لترى إن كانت صالحة، ولمن هي، وعن أي دورة.
verify-code-label = رمز الشهادة
verify-code-hint = عشرة أحرف وأرقام، مثلًا ABCDE-12345. لا يهم حجم الأحرف ولا الشرطات.
verify-submit = تحقق
verify-malformed = هذا ليس رمز شهادة: تأكد أنك كتبته كاملًا.
verify-unknown = لا توجد شهادة بالرمز { $code }.
verify-valid = الشهادة صالحة.
verify-revoked = أُلغيت الشهادة في { $date }.
verify-holder = صادرة باسم
verify-course = الدورة
verify-hours = الساعات
verify-dates = التواريخ
verify-issuer = الجهة المُصدِرة
verify-issued = تاريخ الإصدار
verify-code = الرمز

## Needs survey by public link (partner bodies without an account)
survey-public-lead = تُستخدم الإجابات لتخطيط تدريب العاملين في الخدمات. لا نطلب اسمك: نحتفظ فقط بنوع الجهة والمهنة والمقاطعة.
survey-about-you = معلومات عنك
survey-agency-kind = نوع الجهة
survey-profession = المهنة
survey-province = المقاطعة
survey-province-hint = الرمز المختصر للمقاطعة، مثلًا ⁨TO⁩.
survey-choose = اختر
survey-required = إلزامي
survey-scale-hint = من 1 (لا على الإطلاق) إلى 5 (كثيرًا جدًا).
survey-rank-hint = أعطِ كل بند ترتيبًا من 1 (الأهم) إلى { $count }، ولا تستخدم أي ترتيب أكثر من مرة.
survey-place = ترتيب «{ $choice }»
survey-submit = إرسال الإجابات
survey-thanks-title = شكرًا لك
survey-thanks = سُجّلت إجاباتك. يمكنك إغلاق هذه الصفحة.
survey-closed = هذا الاستبيان لا يستقبل إجابات حاليًا.
survey-error-summary = بعض الإجابات تحتاج إلى تصحيح: { $count }.
survey-error-missing = يُرجى الإجابة عن هذا السؤال.
survey-error-unknown = اختر أحد الخيارات المعروضة.
survey-error-scale = اختر قيمة من 1 إلى 5.
survey-error-ranking = أعطِ كل بند ترتيبًا مختلفًا، من 1 إلى { $count }.
survey-error-too-long = الإجابة طويلة جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
survey-error-agency-kind = اختر نوع الجهة.
survey-error-profession = اختر المهنة.
survey-error-province = اكتب الرمز المختصر لمقاطعة إيطالية، مثلًا ⁨TO⁩.
survey-profession-front_office = موظف شباك
survey-profession-social_worker = أخصائي اجتماعي
survey-profession-legal_operator = مستشار قانوني
survey-profession-health_operator = عامل صحي
survey-profession-mediator = وسيط ثقافي
survey-profession-coordinator = منسق
survey-profession-trainer = مدرب
survey-profession-editor = محرر
survey-profession-translator = مترجم
survey-profession-analyst = محلل
survey-profession-administrator = مسؤول إداري
survey-profession-other = مهنة أخرى
