"""Service kinds of the demo directory generator (see generate.py), first part:
the free-cost texts and the translated names of required documents, shared by
all kinds, and OFFICE_KINDS, the kinds offered by municipalities, Questura and
Prefettura, local health authorities, job centres and training providers,
each with its Italian texts and their English, French, Arabic and Ukrainian
translations. demo_kinds.py joins them with the other kinds into KINDS."""

from demo_base import HEALTH, OFFICE, QUESTURA

# ---------------------------------------------------------------------------
# Service kinds. Texts: it (source), en, fr, ar, uk. Placeholders:
#   it: {city} {di} {a}   en: {city}   fr: {city} {de} {a}   ar: {city}
#   uk: {nom} {gen} {loc}  all: {brand}
# Translated texts: name, desc, app (application_process), elig
# (eligibility_description), fees (fees_description) and the cost option's
# option and amount_description. Document names are translated in DOCUMENTS.
# ---------------------------------------------------------------------------

FREE = ("free", None)

# Label of the free cost option, and fees_description of a free service whose
# kind has no fees text of its own.
FREE_OPTION = dict(it="Gratuito", en="Free", fr="Gratuit", ar="مجاني", uk="Безкоштовно")
FREE_FEES = dict(it="Il servizio è gratuito.", en="The service is free.", fr="Le service est gratuit.",
                 ar="الخدمة مجانية.", uk="Послуга безкоштовна.")

# Required documents (the Italian name is also part of the document's id).
DOCUMENTS = {
    "Permesso di soggiorno": dict(
        en="Residence permit", fr="Titre de séjour", ar="تصريح الإقامة", uk="Дозвіл на проживання"),
    "Passaporto": dict(en="Passport", fr="Passeport", ar="جواز السفر", uk="Паспорт"),
    "Codice fiscale": dict(
        en="Tax code (codice fiscale)", fr="Code fiscal (codice fiscale)", ar="الرمز الضريبي (codice fiscale)",
        uk="Податковий код (codice fiscale)"),
    "Attestazione ISEE": dict(
        en="ISEE certificate (statement of family income and assets)",
        fr="Attestation ISEE (déclaration des revenus et du patrimoine du foyer)",
        ar="شهادة ISEE (بيان دخل الأسرة وممتلكاتها)",
        uk="Довідка ISEE (про доходи та майно сім'ї)"),
    "Contratto di affitto o atto di proprietà": dict(
        en="Rental contract or property deed", fr="Contrat de location ou acte de propriété",
        ar="عقد الإيجار أو سند الملكية", uk="Договір оренди або документ про право власності"),
    "Planimetria dell'alloggio": dict(
        en="Floor plan of the home", fr="Plan du logement", ar="مخطّط المسكن", uk="План житла"),
    "Ricevuta della raccomandata del kit postale": dict(
        en="Receipt for the postal kit sent by registered mail",
        fr="Récépissé de l'envoi en recommandé du kit postal",
        ar="إيصال إرسال الملف البريدي بالبريد المسجّل",
        uk="Квитанція про відправлення поштового пакета рекомендованим листом"),
    "Tessera sanitaria": dict(
        en="Health card (tessera sanitaria)", fr="Carte sanitaire (tessera sanitaria)",
        ar="البطاقة الصحية (tessera sanitaria)", uk="Картка медичного страхування (tessera sanitaria)"),
    "Titoli di studio del paese di origine": dict(
        en="Educational qualifications from your country of origin", fr="Diplômes obtenus dans le pays d'origine",
        ar="الشهادات الدراسية من بلد المنشأ", uk="Документи про освіту з країни походження"),
}
OFFICE_KINDS = {
    "comune_immigrazione": dict(
        cats=["legal-permits"], level=1, sched=OFFICE,
        docs=["Permesso di soggiorno", "Passaporto"], cost=FREE,
        app=dict(
            it="Accesso libero negli orari di apertura oppure su appuntamento telefonico.",
            en="Walk in during opening hours or book an appointment by phone.",
            fr="Accès libre aux heures d'ouverture ou sur rendez-vous pris par téléphone.",
            ar="يمكن الحضور دون موعد خلال ساعات الدوام أو حجز موعد عبر الهاتف.",
            uk="Можна прийти без запису в години роботи або записатися на прийом телефоном."),
        elig=dict(
            it="Cittadini stranieri domiciliati o residenti {a}.",
            en="Foreign nationals who live in {city} or have their registered residence there.",
            fr="Ressortissants étrangers domiciliés ou résidant {a}.",
            ar="المواطنون الأجانب الذين يسكنون في {city} أو لديهم إقامة مسجّلة فيها.",
            uk="Іноземці, які мешкають {loc} або мають там зареєстроване місце проживання."),
        name=dict(
            it="Sportello immigrazione del Comune {di}",
            en="Immigration help desk of the Municipality of {city}",
            fr="Guichet immigration de la Ville {de}",
            ar="مكتب شؤون الهجرة التابع لبلدية {city}",
            uk="Міграційна приймальня муніципалітету {gen}"),
        desc=dict(
            it="Lo sportello offre informazioni e orientamento sulle pratiche di soggiorno, sulla cittadinanza e sull'accesso ai servizi del territorio. Gli operatori aiutano a compilare i moduli per il rinnovo del permesso di soggiorno e a prenotare gli appuntamenti. È possibile chiedere la presenza di un mediatore interculturale.",
            en="The help desk offers information and guidance on residence permit procedures, citizenship and access to local services. Staff help you fill in the forms to renew your residence permit and book appointments. You can ask for an intercultural mediator to be present.",
            fr="Le guichet offre des informations et une orientation sur les démarches de séjour, la citoyenneté et l'accès aux services du territoire. Les agents aident à remplir les formulaires de renouvellement du titre de séjour et à prendre rendez-vous. Il est possible de demander la présence d'un médiateur interculturel.",
            ar="يقدّم المكتب المعلومات والإرشاد حول إجراءات الإقامة والجنسية والوصول إلى الخدمات المحلية. ويساعد الموظفون في تعبئة استمارات تجديد تصريح الإقامة وحجز المواعيد. ويمكن طلب حضور وسيط ثقافي.",
            uk="Приймальня надає інформацію та консультації щодо оформлення дозволу на проживання, громадянства та доступу до місцевих послуг. Працівники допомагають заповнити бланки для продовження дозволу на проживання та записатися на прийом. Можна попросити про присутність міжкультурного посередника.")),
    "anagrafe": dict(
        cats=["legal-permits"], level=0, sched=OFFICE,
        docs=["Permesso di soggiorno", "Passaporto", "Codice fiscale"],
        cost=("paid", dict(
            option=dict(
                it="Carta d'identità elettronica",
                en="Electronic identity card",
                fr="Carte d'identité électronique",
                ar="بطاقة الهوية الإلكترونية",
                uk="Електронне посвідчення особи"),
            amount=22.21,
            amount_description=dict(
                it="L'iscrizione anagrafica è gratuita; si paga solo il rilascio della carta d'identità elettronica.",
                en="Registration in the population register is free; you only pay for the electronic identity card.",
                fr="L'inscription au registre de la population est gratuite ; seule la délivrance de la carte d'identité électronique est payante.",
                ar="التسجيل في سجلّ السكان مجاني؛ ولا يُدفع إلا مقابل إصدار بطاقة الهوية الإلكترونية.",
                uk="Реєстрація в реєстрі населення безкоштовна; платити потрібно лише за видачу електронного посвідчення особи."))),
        fees=dict(
            it="L'iscrizione anagrafica e il cambio di residenza sono gratuiti. La carta d'identità elettronica costa 22,21 euro.",
            en="Registration in the population register and changes of residence are free. The electronic identity card costs 22.21 euros.",
            fr="L'inscription au registre de la population et le changement de résidence sont gratuits. La carte d'identité électronique coûte 22,21 euros.",
            ar="التسجيل في سجلّ السكان وتغيير محلّ الإقامة مجانيان. وتبلغ تكلفة بطاقة الهوية الإلكترونية 22.21 يورو.",
            uk="Реєстрація в реєстрі населення та зміна місця проживання безкоштовні. Електронне посвідчення особи коштує 22,21 євро."),
        app=dict(
            it="Su appuntamento, prenotabile online o allo sportello. Per l'iscrizione anagrafica si compila la dichiarazione di residenza.",
            en="By appointment, which you can book online or at the desk. To register in the population register, you fill in a declaration of residence.",
            fr="Sur rendez-vous, à prendre en ligne ou au guichet. Pour l'inscription au registre de la population, il faut remplir la déclaration de résidence.",
            ar="بموعد مسبق يمكن حجزه عبر الإنترنت أو في الشبّاك. وللتسجيل في سجلّ السكان يجب تعبئة إقرار الإقامة.",
            uk="За попереднім записом, який можна зробити онлайн або у віконці. Для реєстрації в реєстрі населення потрібно заповнити декларацію про місце проживання."),
        elig=dict(
            it="Cittadini stranieri regolarmente soggiornanti che abitano {a}.",
            en="Foreign nationals who are lawfully staying in Italy and live in {city}.",
            fr="Ressortissants étrangers en situation régulière qui habitent {a}.",
            ar="المواطنون الأجانب المقيمون بصورة قانونية الذين يسكنون في {city}.",
            uk="Іноземці, які законно перебувають в Італії та проживають {loc}."),
        name=dict(
            it="Anagrafe del Comune {di} – sportello cittadini stranieri",
            en="Registry office of the Municipality of {city} – desk for foreign nationals",
            fr="Service du registre de la population de la Ville {de} – guichet des ressortissants étrangers",
            ar="مكتب السجل المدني في بلدية {city} – شبّاك المواطنين الأجانب",
            uk="Відділ реєстрації населення муніципалітету {gen} – віконце для іноземців"),
        desc=dict(
            it="L'ufficio gestisce l'iscrizione anagrafica, i cambi di residenza e il rilascio della carta d'identità ai cittadini stranieri regolarmente soggiornanti. Per i cittadini di paesi terzi è richiesto un permesso di soggiorno valido o la ricevuta della richiesta di rinnovo.",
            en="The office handles registration in the population register, changes of residence and the issuing of identity cards to foreign nationals who are lawfully staying. Third-country nationals need a valid residence permit or the receipt of the renewal application.",
            fr="Le service gère l'inscription au registre de la population, les changements de résidence et la délivrance de la carte d'identité aux ressortissants étrangers en situation régulière. Les ressortissants de pays tiers doivent présenter un titre de séjour valide ou le récépissé de la demande de renouvellement.",
            ar="يتولّى المكتب التسجيل في سجلّ السكان وتغيير محلّ الإقامة وإصدار بطاقة الهوية للمواطنين الأجانب المقيمين بصورة قانونية. ويُطلب من مواطني الدول من خارج الاتحاد الأوروبي تصريح إقامة ساري المفعول أو إيصال طلب التجديد.",
            uk="Відділ здійснює реєстрацію в реєстрі населення, зміну місця проживання та видачу посвідчення особи іноземцям, які законно перебувають в Італії. Громадянам третіх країн потрібен чинний дозвіл на проживання або квитанція про подання заяви на його продовження.")),
    "servizi_sociali": dict(
        cats=["social-services"], level=0, sched=OFFICE, multi=True,
        docs=["Permesso di soggiorno", "Codice fiscale", "Attestazione ISEE"], cost=FREE,
        app=dict(
            it="Primo colloquio su appuntamento con l'assistente sociale del proprio quartiere.",
            en="The first meeting is by appointment with the social worker for your neighbourhood.",
            fr="Premier entretien sur rendez-vous avec l'assistant social de votre quartier.",
            ar="يتمّ اللقاء الأول بموعد مسبق مع الأخصائي الاجتماعي المسؤول عن الحيّ الذي تسكن فيه.",
            uk="Перша зустріч — за попереднім записом у соціального працівника вашого району."),
        elig=dict(
            it="Persone e famiglie residenti {a}, comprese le persone straniere regolarmente soggiornanti.",
            en="Individuals and families resident in {city}, including foreign nationals who are lawfully staying in Italy.",
            fr="Personnes et familles résidant {a}, y compris les personnes étrangères en situation régulière.",
            ar="الأفراد والأسر المقيمون في {city}، بمن فيهم الأجانب المقيمون بصورة قانونية.",
            uk="Люди та сім'ї, які проживають {loc}, зокрема іноземці, що законно перебувають в Італії."),
        name=dict(
            it="Servizi sociali del Comune {di}",
            en="Social services of the Municipality of {city}",
            fr="Services sociaux de la Ville {de}",
            ar="الخدمات الاجتماعية في بلدية {city}",
            uk="Соціальні служби муніципалітету {gen}"),
        desc=dict(
            it="Gli assistenti sociali accolgono persone e famiglie in difficoltà economica, abitativa o relazionale e costruiscono insieme un progetto di sostegno. Il servizio può attivare contributi economici, assistenza domiciliare e l'invio ad altri servizi del territorio.",
            en="Social workers support individuals and families facing financial, housing or relationship difficulties and work with them on a support plan. The service can arrange financial assistance, home care and referrals to other local services.",
            fr="Les assistants sociaux accueillent les personnes et les familles en difficulté économique, de logement ou relationnelle et construisent avec elles un projet d'accompagnement. Le service peut mettre en place des aides financières, une aide à domicile et une orientation vers d'autres services du territoire.",
            ar="يستقبل الأخصائيون الاجتماعيون الأفراد والأسر الذين يواجهون صعوبات مالية أو سكنية أو في العلاقات، ويضعون معهم خطة دعم. ويمكن للخدمة تقديم مساعدات مالية ورعاية منزلية وتوجيه الأشخاص إلى خدمات محلية أخرى.",
            uk="Соціальні працівники приймають людей і сім'ї, які мають фінансові, житлові чи міжособистісні труднощі, та разом із ними складають план підтримки. Служба може призначити фінансову допомогу, догляд удома та направити до інших місцевих служб.")),
    "mediazione": dict(
        cats=["mediation"], level=3, sched=OFFICE,
        docs=[], cost=FREE,
        app=dict(
            it="Richiesta tramite l'ufficio pubblico, la scuola o il servizio sanitario che ha bisogno del mediatore, oppure direttamente allo sportello.",
            en="Requests are made through the public office, school or health service that needs the mediator, or directly at the desk.",
            fr="Demande par l'intermédiaire de l'administration, de l'école ou du service de santé qui a besoin du médiateur, ou directement au guichet.",
            ar="يُقدَّم الطلب عن طريق المكتب العام أو المدرسة أو الخدمة الصحية التي تحتاج إلى الوسيط، أو مباشرة في المكتب.",
            uk="Запит подає державна установа, школа чи заклад охорони здоров'я, яким потрібен посередник; можна також звернутися безпосередньо у віконце."),
        elig=dict(
            it="Persone straniere e operatori dei servizi pubblici {di}.",
            en="Foreign nationals and public service staff in {city}.",
            fr="Personnes étrangères et personnel des services publics {de}.",
            ar="الأشخاص الأجانب والعاملون في الخدمات العامة في {city}.",
            uk="Іноземці та працівники державних служб {gen}."),
        name=dict(
            it="Servizio di mediazione interculturale – {city}",
            en="Intercultural mediation service – {city}",
            fr="Service de médiation interculturelle – {city}",
            ar="خدمة الوساطة الثقافية – {city}",
            uk="Служба міжкультурного посередництва – {nom}"),
        desc=dict(
            it="I mediatori interculturali accompagnano le persone straniere negli uffici pubblici, nelle scuole e nei servizi sanitari. Il servizio facilita la comunicazione e aiuta a comprendere procedure e documenti. Gli interventi si prenotano tramite il servizio che ne ha bisogno o direttamente allo sportello.",
            en="Intercultural mediators accompany foreign nationals to public offices, schools and health services. The service makes communication easier and helps people understand procedures and documents. Sessions can be booked through the service that needs them or directly at the desk.",
            fr="Les médiateurs interculturels accompagnent les personnes étrangères dans les administrations, les écoles et les services de santé. Le service facilite la communication et aide à comprendre les démarches et les documents. Les interventions se réservent auprès du service qui en a besoin ou directement au guichet.",
            ar="يرافق الوسطاء الثقافيون الأشخاص الأجانب إلى المكاتب العامة والمدارس والخدمات الصحية. وتسهّل الخدمة التواصل وتساعد على فهم الإجراءات والوثائق. ويمكن حجز التدخلات عن طريق الجهة التي تحتاج إليها أو مباشرة في المكتب.",
            uk="Міжкультурні посередники супроводжують іноземців до державних установ, шкіл і закладів охорони здоров'я. Служба полегшує спілкування та допомагає зрозуміти процедури й документи. Послугу можна замовити через установу, якій вона потрібна, або безпосередньо у віконці.")),
    "casa": dict(
        cats=["housing"], level=1, sched=OFFICE,
        docs=["Permesso di soggiorno", "Codice fiscale", "Attestazione ISEE"], cost=FREE,
        app=dict(
            it="Su appuntamento telefonico o via e-mail. Portare il contratto di affitto, se presente.",
            en="By appointment, booked by phone or e-mail. Bring your rental contract, if you have one.",
            fr="Sur rendez-vous, par téléphone ou par e-mail. Apportez votre contrat de location, si vous en avez un.",
            ar="بموعد يُحجز عبر الهاتف أو البريد الإلكتروني. يُرجى إحضار عقد الإيجار إن وُجد.",
            uk="За попереднім записом телефоном або електронною поштою. Візьміть із собою договір оренди, якщо він у вас є."),
        elig=dict(
            it="Residenti {a} con un reddito basso o a rischio di sfratto.",
            en="Residents of {city} with a low income or at risk of eviction.",
            fr="Personnes résidant {a} qui ont de faibles revenus ou sont menacées d'expulsion.",
            ar="المقيمون في {city} من ذوي الدخل المنخفض أو المعرّضون لخطر الإخلاء.",
            uk="Мешканці {gen} з низьким доходом або під загрозою виселення."),
        name=dict(
            it="Sportello casa del Comune {di}",
            en="Housing help desk of the Municipality of {city}",
            fr="Guichet logement de la Ville {de}",
            ar="مكتب السكن التابع لبلدية {city}",
            uk="Житлова приймальня муніципалітету {gen}"),
        desc=dict(
            it="Lo sportello informa sui bandi per l'edilizia residenziale pubblica, sui contributi per l'affitto e sulle agenzie sociali per la locazione. Gli operatori aiutano a presentare le domande e offrono orientamento in caso di sfratto.",
            en="The desk provides information on calls for public housing, rent subsidies and social letting agencies. Staff help you submit applications and offer guidance in case of eviction.",
            fr="Le guichet informe sur les appels à candidatures pour les logements sociaux, les aides au loyer et les agences sociales de location. Les agents aident à déposer les demandes et orientent les personnes menacées d'expulsion.",
            ar="يقدّم المكتب معلومات عن إعلانات السكن العام والمساعدات المخصّصة للإيجار ووكالات الإيجار الاجتماعي. ويساعد الموظفون في تقديم الطلبات ويقدّمون الإرشاد في حالات الإخلاء.",
            uk="Приймальня інформує про конкурси на отримання соціального житла, допомогу на оплату оренди та соціальні агентства з оренди житла. Працівники допомагають подати заяви та консультують у разі виселення.")),
    "scuola": dict(
        cats=["school"], level=3, sched=OFFICE,
        docs=["Passaporto", "Codice fiscale"], cost=FREE,
        app=dict(
            it="Accesso libero negli orari di apertura; per le iscrizioni durante l'anno è consigliato l'appuntamento.",
            en="Walk in during opening hours; for enrolment during the school year, booking an appointment is recommended.",
            fr="Accès libre aux heures d'ouverture ; pour les inscriptions en cours d'année, il est conseillé de prendre rendez-vous.",
            ar="يمكن الحضور دون موعد خلال ساعات الدوام؛ ويُنصح بحجز موعد للتسجيل خلال السنة الدراسية.",
            uk="Можна прийти без запису в години роботи; щоб записати дитину до школи протягом навчального року, радимо домовитися про зустріч заздалегідь."),
        elig=dict(
            it="Famiglie con figli e figlie da 0 a 16 anni che vivono {a}, con qualsiasi situazione di soggiorno.",
            en="Families with children aged 0 to 16 who live in {city}, whatever their residence status.",
            fr="Familles avec des enfants de 0 à 16 ans qui vivent {a}, quelle que soit leur situation de séjour.",
            ar="العائلات التي لديها أبناء وبنات من عمر 0 إلى 16 عاماً وتعيش في {city}، أياً كان وضع إقامتها.",
            uk="Сім'ї з дітьми віком від 0 до 16 років, які живуть {loc}, незалежно від їхнього статусу перебування."),
        name=dict(
            it="Sportello iscrizioni scolastiche per famiglie straniere – {city}",
            en="School enrolment desk for foreign families – {city}",
            fr="Guichet d'inscription scolaire pour les familles étrangères – {city}",
            ar="مكتب التسجيل المدرسي للعائلات الأجنبية – {city}",
            uk="Приймальня із запису до школи для іноземних сімей – {nom}"),
        desc=dict(
            it="Lo sportello aiuta le famiglie appena arrivate a iscrivere figli e figlie al nido, alla scuola dell'infanzia e alla scuola dell'obbligo, anche durante l'anno scolastico. Offre informazioni su mensa, trasporto e agevolazioni, con il supporto di mediatori linguistici.",
            en="The desk helps newly arrived families enrol their children in nursery, pre-school and compulsory school, including during the school year. It provides information on school meals, transport and reduced fees, with the support of language mediators.",
            fr="Le guichet aide les familles nouvellement arrivées à inscrire leurs enfants à la crèche, à l'école maternelle et à l'école obligatoire, y compris en cours d'année scolaire. Il fournit des informations sur la cantine, le transport et les réductions tarifaires, avec l'appui de médiateurs linguistiques.",
            ar="يساعد المكتب العائلات القادمة حديثاً على تسجيل أبنائها وبناتها في الحضانة وروضة الأطفال والمدرسة الإلزامية، حتى خلال السنة الدراسية. ويقدّم معلومات عن المطعم المدرسي والنقل والتخفيضات، بمساعدة وسطاء لغويين.",
            uk="Приймальня допомагає новоприбулим сім'ям записати дітей до ясел, дитячого садка та школи обов'язкового навчання, зокрема й протягом навчального року. Тут надають інформацію про шкільне харчування, транспорт і пільги за підтримки мовних посередників.")),
    "famiglie": dict(
        cats=["family"], level=2, sched=OFFICE,
        docs=[], cost=FREE,
        app=dict(
            it="Accesso libero alle attività di gruppo; consulenze individuali su appuntamento.",
            en="Group activities are open to all without booking; individual advice is by appointment.",
            fr="Accès libre aux activités de groupe ; conseils individuels sur rendez-vous.",
            ar="يمكن المشاركة في الأنشطة الجماعية دون حجز؛ أما الاستشارات الفردية فبموعد مسبق.",
            uk="На групові заняття можна прийти без запису; індивідуальні консультації — за попереднім записом."),
        elig=dict(
            it="Genitori, future madri e futuri padri, famiglie con bambini e ragazzi che vivono {a}.",
            en="Parents, mothers- and fathers-to-be, and families with children and teenagers who live in {city}.",
            fr="Parents, futures mères et futurs pères, familles avec enfants et adolescents qui vivent {a}.",
            ar="الآباء والأمهات، والأزواج الذين ينتظرون مولوداً، والعائلات التي لديها أطفال ومراهقون وتعيش في {city}.",
            uk="Батьки, майбутні мами й тата, сім'ї з дітьми та підлітками, які живуть {loc}."),
        name=dict(
            it="Centro per le famiglie – {city}",
            en="Family centre – {city}",
            fr="Centre pour les familles – {city}",
            ar="مركز الأسرة – {city}",
            uk="Центр підтримки сімей – {nom}"),
        desc=dict(
            it="Il centro offre consulenza educativa, sostegno alla genitorialità e spazi di incontro per genitori e bambini. Sono disponibili gruppi per neo-genitori e attività in più lingue per le famiglie di origine straniera.",
            en="The centre offers parenting advice, support for parents and meeting spaces for parents and children. Groups for new parents and activities in several languages for families of foreign origin are available.",
            fr="Le centre propose des conseils éducatifs, un soutien à la parentalité et des espaces de rencontre pour les parents et les enfants. Des groupes pour jeunes parents et des activités en plusieurs langues pour les familles d'origine étrangère sont proposés.",
            ar="يقدّم المركز استشارات تربوية ودعماً للوالدين وأماكن لقاء للآباء والأمهات والأطفال. وتتوفّر مجموعات للآباء الجدد وأنشطة بعدّة لغات للعائلات من أصول أجنبية.",
            uk="Центр надає консультації з питань виховання, підтримку батьків і простір для зустрічей батьків із дітьми. Працюють групи для молодих батьків і заняття кількома мовами для сімей іноземного походження.")),
    "idoneita": dict(
        cats=["housing", "family"], level=0, sched=OFFICE,
        docs=["Permesso di soggiorno", "Contratto di affitto o atto di proprietà", "Planimetria dell'alloggio"],
        cost=("paid", dict(
            option=dict(
                it="Diritti di istruttoria",
                en="Processing fee",
                fr="Frais de dossier",
                ar="رسوم معالجة الملف",
                uk="Збір за розгляд заяви"),
            amount=30,
            amount_description=dict(
                it="Più una marca da bollo da 16 euro.",
                en="Plus a 16-euro revenue stamp (marca da bollo).",
                fr="Plus un timbre fiscal (marca da bollo) de 16 euros.",
                ar="إضافة إلى طابع مالي (marca da bollo) بقيمة 16 يورو.",
                uk="Крім того, потрібна гербова марка (marca da bollo) вартістю 16 євро."))),
        fees=dict(
            it="Diritti di istruttoria di 30 euro più una marca da bollo da 16 euro.",
            en="A processing fee of 30 euros plus a 16-euro revenue stamp (marca da bollo).",
            fr="Frais de dossier de 30 euros, plus un timbre fiscal (marca da bollo) de 16 euros.",
            ar="رسوم معالجة الملف 30 يورو، إضافة إلى طابع مالي (marca da bollo) بقيمة 16 يورو.",
            uk="Збір за розгляд заяви — 30 євро, а також гербова марка (marca da bollo) вартістю 16 євро."),
        app=dict(
            it="Domanda da presentare allo sportello o via PEC; il sopralluogo tecnico viene fissato entro 30 giorni.",
            en="Submit the application at the desk or by certified e-mail (PEC); the technical inspection is scheduled within 30 days.",
            fr="La demande se dépose au guichet ou par courrier électronique certifié (PEC) ; la visite technique a lieu dans les 30 jours.",
            ar="يُقدَّم الطلب في الشبّاك أو عبر البريد الإلكتروني المعتمد (PEC)؛ ويُحدَّد موعد المعاينة الفنية للمسكن خلال 30 يوماً.",
            uk="Заяву подають у віконці або через сертифіковану електронну пошту (PEC); технічний огляд житла призначають протягом 30 днів."),
        elig=dict(
            it="Cittadini stranieri che abitano {a} e devono dimostrare l'idoneità del proprio alloggio.",
            en="Foreign nationals who live in {city} and need to prove that their home is suitable.",
            fr="Ressortissants étrangers qui habitent {a} et doivent prouver la conformité de leur logement.",
            ar="المواطنون الأجانب الذين يسكنون في {city} ويحتاجون إلى إثبات صلاحية مسكنهم.",
            uk="Іноземці, які живуть {loc} і мають підтвердити, що їхнє житло придатне для проживання."),
        name=dict(
            it="Sportello idoneità alloggiativa e ricongiungimento familiare – {city}",
            en="Housing suitability and family reunification desk – {city}",
            fr="Guichet pour l'attestation de conformité du logement et le regroupement familial – {city}",
            ar="مكتب شهادة صلاحية السكن ولمّ الشمل العائلي – {city}",
            uk="Приймальня з видачі довідки про придатність житла та возз'єднання сімей – {nom}"),
        desc=dict(
            it="Lo sportello rilascia il certificato di idoneità alloggiativa richiesto per il ricongiungimento familiare, per il permesso UE per soggiornanti di lungo periodo e per alcuni contratti di lavoro. Un tecnico comunale verifica che l'abitazione rispetti i requisiti igienico-sanitari e di superficie.",
            en="The desk issues the housing suitability certificate required for family reunification, for the EU long-term residence permit and for some employment contracts. A municipal technician checks that the home meets health and floor-area requirements.",
            fr="Le guichet délivre l'attestation de conformité du logement exigée pour le regroupement familial, pour le permis de séjour UE de longue durée et pour certains contrats de travail. Un technicien municipal vérifie que le logement respecte les normes d'hygiène et de surface.",
            ar="يُصدر المكتب شهادة صلاحية السكن المطلوبة للمّ الشمل العائلي وللحصول على تصريح الإقامة الأوروبي طويل الأمد ولبعض عقود العمل. ويتحقّق فنّي من البلدية من أنّ المسكن يستوفي شروط الصحة والمساحة.",
            uk="Приймальня видає довідку про придатність житла, необхідну для возз'єднання сім'ї, для отримання дозволу ЄС на довгострокове проживання та для деяких трудових договорів. Технік муніципалітету перевіряє, чи відповідає житло санітарним вимогам і нормам площі.")),
    "questura": dict(
        cats=["legal-permits"], level=0, sched=QUESTURA,
        docs=["Passaporto", "Permesso di soggiorno", "Ricevuta della raccomandata del kit postale"],
        cost=("paid", dict(
            option=dict(
                it="Contributo per il permesso di soggiorno",
                en="Residence permit fee",
                fr="Contribution pour le titre de séjour",
                ar="رسم تصريح الإقامة",
                uk="Внесок за дозвіл на проживання"),
            amount=40,
            amount_description=dict(
                it="Da 40 a 100 euro secondo la durata del permesso, più 30,46 euro per il documento elettronico.",
                en="From 40 to 100 euros depending on the length of the permit, plus 30.46 euros for the electronic document.",
                fr="De 40 à 100 euros selon la durée du titre, plus 30,46 euros pour le document électronique.",
                ar="من 40 إلى 100 يورو حسب مدة التصريح، إضافة إلى 30.46 يورو للوثيقة الإلكترونية.",
                uk="Від 40 до 100 євро залежно від строку дії дозволу, а також 30,46 євро за електронний документ."))),
        fees=dict(
            it="Contributo da 40 a 100 euro secondo la durata del permesso, più 30,46 euro per il documento elettronico, 16 euro di marca da bollo e 30 euro per la spedizione del kit postale.",
            en="A fee of 40 to 100 euros depending on the length of the permit, plus 30.46 euros for the electronic document, a 16-euro revenue stamp (marca da bollo) and 30 euros for sending the postal kit.",
            fr="Contribution de 40 à 100 euros selon la durée du titre, plus 30,46 euros pour le document électronique, un timbre fiscal (marca da bollo) de 16 euros et 30 euros pour l'envoi du kit postal.",
            ar="رسم يتراوح بين 40 و100 يورو حسب مدة التصريح، إضافة إلى 30.46 يورو للوثيقة الإلكترونية، وطابع مالي (marca da bollo) بقيمة 16 يورو، و30 يورو لإرسال الملف البريدي.",
            uk="Внесок від 40 до 100 євро залежно від строку дії дозволу, а також 30,46 євро за електронний документ, 16 євро за гербову марку (marca da bollo) і 30 євро за відправлення поштового пакета."),
        app=dict(
            it="Solo su appuntamento. Presentarsi con la convocazione, il passaporto e quattro fototessere recenti.",
            en="By appointment only. Bring your appointment letter, your passport and four recent passport photos.",
            fr="Uniquement sur rendez-vous. Présentez-vous avec la convocation, le passeport et quatre photos d'identité récentes.",
            ar="بموعد مسبق فقط. يُرجى إحضار رسالة الاستدعاء وجواز السفر وأربع صور شخصية حديثة.",
            uk="Лише за попереднім записом. Візьміть із собою запрошення на прийом, паспорт і чотири нещодавні фотографії на документи."),
        elig=dict(
            it="Cittadini di paesi terzi che chiedono il rilascio o il rinnovo del permesso di soggiorno nella provincia {di}.",
            en="Third-country nationals applying for a new or renewed residence permit in the province of {city}.",
            fr="Ressortissants de pays tiers qui demandent la délivrance ou le renouvellement du titre de séjour dans la province {de}.",
            ar="مواطنو الدول من خارج الاتحاد الأوروبي الذين يطلبون إصدار تصريح الإقامة أو تجديده في مقاطعة {city}.",
            uk="Громадяни третіх країн, які подають заяву на видачу або продовження дозволу на проживання в провінції {gen}."),
        name=dict(
            it="Ufficio Immigrazione della Questura {di}",
            en="Immigration Office of the Questura (Police Headquarters) of {city}",
            fr="Bureau de l'immigration de la Questura (préfecture de police) {de}",
            ar="مكتب الهجرة في مديرية الشرطة (الكويستورا) في {city}",
            uk="Міграційний відділ Квестури (управління поліції) {gen}"),
        desc=dict(
            it="L'ufficio riceve le istanze di rilascio e rinnovo del permesso di soggiorno, rileva le impronte digitali e consegna i permessi elettronici. Si accede solo su appuntamento, indicato nella ricevuta postale o fissato tramite il portale dedicato. Le richieste di protezione internazionale si presentano presso lo stesso ufficio.",
            en="The office receives applications for issuing and renewing residence permits, takes fingerprints and hands over electronic permits. Access is by appointment only, as shown on the post office receipt or booked through the dedicated portal. Applications for international protection are also submitted at this office.",
            fr="Le bureau reçoit les demandes de délivrance et de renouvellement du titre de séjour, relève les empreintes digitales et remet les titres électroniques. L'accès se fait uniquement sur rendez-vous, indiqué sur le récépissé postal ou fixé via le portail dédié. Les demandes de protection internationale se présentent dans ce même bureau.",
            ar="يستقبل المكتب طلبات إصدار تصاريح الإقامة وتجديدها، ويأخذ بصمات الأصابع ويسلّم التصاريح الإلكترونية. ولا يتمّ الدخول إلا بموعد مسبق، مذكور في إيصال البريد أو محجوز عبر البوابة الإلكترونية المخصّصة. وتُقدَّم طلبات الحماية الدولية في المكتب نفسه.",
            uk="Відділ приймає заяви на видачу та продовження дозволу на проживання, знімає відбитки пальців і видає електронні дозволи. Прийом лише за попереднім записом, час якого зазначено в поштовій квитанції або призначено через спеціальний портал. Заяви про міжнародний захист також подаються до цього відділу.")),
    "prefettura": dict(
        cats=["legal-permits", "family"], level=1, sched=OFFICE,
        docs=["Passaporto", "Permesso di soggiorno"], cost=FREE,
        app=dict(
            it="Le domande di nulla osta si inviano online; lo sportello riceve solo su convocazione o appuntamento.",
            en="Applications for clearance (nulla osta) are sent online; the desk sees people only when they are called in or have an appointment.",
            fr="Les demandes d'autorisation (nulla osta) s'envoient en ligne ; le guichet reçoit uniquement sur convocation ou sur rendez-vous.",
            ar="تُرسَل طلبات الموافقة المسبقة (نولا أوستا) عبر الإنترنت؛ ولا يستقبل الشبّاك إلا بناءً على استدعاء أو بموعد مسبق.",
            uk="Заяви на отримання дозволу (nulla osta) подають онлайн; віконце приймає лише за викликом або за попереднім записом."),
        elig=dict(
            it="Datori di lavoro e cittadini stranieri regolarmente soggiornanti nella provincia {di}.",
            en="Employers and foreign nationals lawfully staying in the province of {city}.",
            fr="Employeurs et ressortissants étrangers en situation régulière dans la province {de}.",
            ar="أصحاب العمل والمواطنون الأجانب المقيمون بصورة قانونية في مقاطعة {city}.",
            uk="Роботодавці та іноземці, які законно перебувають у провінції {gen}."),
        name=dict(
            it="Sportello unico per l'immigrazione della Prefettura {di}",
            en="Single Desk for Immigration of the Prefecture of {city}",
            fr="Guichet unique pour l'immigration de la Préfecture {de}",
            ar="الشبّاك الموحّد للهجرة في المحافظة (البريفتورا) في {city}",
            uk="Єдине віконце з питань імміграції Префектури {gen}"),
        desc=dict(
            it="Lo Sportello unico gestisce le domande di nulla osta per lavoro subordinato e per ricongiungimento familiare e la firma del contratto di soggiorno. Organizza inoltre le sessioni di formazione civica e i test di lingua italiana previsti dall'accordo di integrazione.",
            en="The Single Desk handles applications for work and family reunification clearances (nulla osta) and the signing of the residence contract. It also organises the civic orientation sessions and the Italian language tests required by the integration agreement.",
            fr="Le guichet unique traite les demandes d'autorisation (nulla osta) pour le travail salarié et pour le regroupement familial ainsi que la signature du contrat de séjour. Il organise également les sessions de formation civique et les tests de langue italienne prévus par l'accord d'intégration.",
            ar="يتولّى الشبّاك الموحّد طلبات الموافقة المسبقة (نولا أوستا) للعمل المأجور وللمّ الشمل العائلي، وتوقيع عقد الإقامة. كما ينظّم دورات التربية المدنية واختبارات اللغة الإيطالية المنصوص عليها في اتفاقية الاندماج.",
            uk="Єдине віконце розглядає заяви на отримання дозволу (nulla osta) на найману працю та на возз'єднання сім'ї, а також організовує підписання договору про перебування. Воно також проводить заняття з громадянської освіти та тести з італійської мови, передбачені угодою про інтеграцію.")),
    "stp": dict(
        cats=["health"], level=3, sched=HEALTH, multi=True,
        docs=[], cost=FREE,
        app=dict(
            it="Accesso diretto senza appuntamento negli orari di apertura. Il codice STP o ENI viene rilasciato alla prima visita.",
            en="Walk in without an appointment during opening hours. The STP or ENI code is issued at your first visit.",
            fr="Accès direct sans rendez-vous aux heures d'ouverture. Le code STP ou ENI est délivré lors de la première consultation.",
            ar="يمكن الحضور مباشرة دون موعد خلال ساعات الدوام. ويُمنح رمز STP أو ENI في الزيارة الأولى.",
            uk="Можна прийти без запису в години роботи. Код STP або ENI видають під час першого візиту."),
        elig=dict(
            it="Cittadini di paesi terzi senza permesso di soggiorno (STP) e cittadini dell'Unione europea senza copertura sanitaria (ENI).",
            en="Third-country nationals without a residence permit (STP) and European Union citizens without health cover (ENI).",
            fr="Ressortissants de pays tiers sans titre de séjour (STP) et citoyens de l'Union européenne sans couverture santé (ENI).",
            ar="مواطنو الدول من خارج الاتحاد الأوروبي الذين ليس لديهم تصريح إقامة (STP)، ومواطنو الاتحاد الأوروبي الذين ليس لديهم تغطية صحية (ENI).",
            uk="Громадяни третіх країн без дозволу на проживання (STP) і громадяни Європейського Союзу без медичного страхування (ENI)."),
        name=dict(
            it="Ambulatorio STP/ENI – {city}",
            en="STP/ENI outpatient clinic – {city}",
            fr="Dispensaire STP/ENI – {city}",
            ar="عيادة STP/ENI – {city}",
            uk="Амбулаторія STP/ENI – {nom}"),
        desc=dict(
            it="L'ambulatorio garantisce cure urgenti ed essenziali alle persone straniere non iscrivibili al Servizio sanitario nazionale, con il codice STP o ENI. Le visite sono anonime e non comportano alcuna segnalazione alle autorità. Il codice viene rilasciato direttamente in ambulatorio.",
            en="The clinic provides urgent and essential care to foreign nationals who cannot register with the National Health Service, using the STP or ENI code. Visits are anonymous and are not reported to the authorities. The code is issued directly at the clinic.",
            fr="Le dispensaire assure les soins urgents et essentiels aux personnes étrangères qui ne peuvent pas s'inscrire au Service national de santé, grâce au code STP ou ENI. Les consultations sont anonymes et ne donnent lieu à aucun signalement aux autorités. Le code est délivré directement au dispensaire.",
            ar="تضمن العيادة الرعاية العاجلة والأساسية للأشخاص الأجانب الذين لا يمكنهم التسجيل في الخدمة الصحية الوطنية، بواسطة رمز STP أو ENI. والزيارات مجهولة الهوية ولا يترتّب عليها أي إبلاغ للسلطات. ويُمنح الرمز مباشرة في العيادة.",
            uk="Амбулаторія надає невідкладну та необхідну медичну допомогу іноземцям, які не можуть зареєструватися в Національній службі охорони здоров'я, за кодом STP або ENI. Прийом анонімний і не передбачає жодного повідомлення владі. Код видають безпосередньо в амбулаторії.")),
    "consultorio": dict(
        cats=["health", "family"], level=2, sched=HEALTH, multi=True,
        docs=["Tessera sanitaria"], cost=FREE,
        app=dict(
            it="Accesso diretto senza impegnativa; per le visite ginecologiche è consigliato prenotare.",
            en="Walk in, no doctor's referral needed; for gynaecological visits, booking is recommended.",
            fr="Accès direct sans ordonnance du médecin ; pour les consultations gynécologiques, il est conseillé de prendre rendez-vous.",
            ar="يمكن الحضور مباشرة دون إحالة من الطبيب؛ ويُنصح بحجز موعد لفحوص أمراض النساء.",
            uk="Можна прийти без направлення від лікаря; на гінекологічний огляд радимо записатися заздалегідь."),
        elig=dict(
            it="Donne, coppie, adolescenti e famiglie, comprese le persone con codice STP o ENI.",
            en="Women, couples, teenagers and families, including people with an STP or ENI code.",
            fr="Femmes, couples, adolescents et familles, y compris les personnes ayant un code STP ou ENI.",
            ar="النساء والأزواج والمراهقون والعائلات، بمن فيهم الأشخاص الحاصلون على رمز STP أو ENI.",
            uk="Жінки, пари, підлітки та сім'ї, зокрема особи з кодом STP або ENI."),
        name=dict(
            it="Consultorio familiare – {city}",
            en="Family counselling centre – {city}",
            fr="Centre de planification et de conseil familial – {city}",
            ar="مركز الاستشارات الأسرية – {city}",
            uk="Сімейна консультація – {nom}"),
        desc=dict(
            it="Il consultorio offre assistenza in gravidanza, contraccezione, screening oncologici femminili e sostegno psicologico alla coppia e alla famiglia. L'accesso è gratuito e non serve l'impegnativa del medico. In alcuni giorni della settimana sono presenti ostetriche, ginecologhe e mediatrici culturali.",
            en="The centre offers pregnancy care, contraception, women's cancer screening and psychological support for couples and families. Access is free and no doctor's referral is needed. Midwives, gynaecologists and cultural mediators are available on some days of the week.",
            fr="Le centre propose le suivi de grossesse, la contraception, les dépistages des cancers féminins et un soutien psychologique au couple et à la famille. L'accès est gratuit et ne nécessite pas d'ordonnance du médecin. Certains jours de la semaine, des sages-femmes, des gynécologues et des médiatrices culturelles sont présentes.",
            ar="يقدّم المركز الرعاية أثناء الحمل ووسائل منع الحمل والفحوص المبكرة للسرطانات النسائية والدعم النفسي للزوجين والأسرة. والدخول مجاني ولا يتطلّب إحالة من الطبيب. وتتواجد قابلات وطبيبات نساء ووسيطات ثقافيات في بعض أيام الأسبوع.",
            uk="Консультація надає допомогу під час вагітності, консультації з контрацепції, жіночі онкологічні скринінги та психологічну підтримку парам і сім'ям. Прийом безкоштовний, направлення від лікаря не потрібне. У певні дні тижня працюють акушерки, гінекологині та культурні посередниці.")),
    "salute_migranti": dict(
        cats=["health", "mediation"], level=3, sched=HEALTH,
        docs=["Permesso di soggiorno", "Codice fiscale"], cost=FREE,
        app=dict(
            it="Su appuntamento telefonico; i mediatori sono presenti negli orari di apertura.",
            en="By appointment, booked by phone; mediators are available during opening hours.",
            fr="Sur rendez-vous par téléphone ; des médiateurs sont présents aux heures d'ouverture.",
            ar="بموعد يُحجز عبر الهاتف؛ ويتواجد الوسطاء خلال ساعات الدوام.",
            uk="За попереднім записом телефоном; у години роботи на місці є посередники."),
        elig=dict(
            it="Persone migranti arrivate da poco {a}, richiedenti asilo e titolari di protezione.",
            en="Migrants who have recently arrived in {city}, asylum seekers and holders of protection.",
            fr="Personnes migrantes récemment arrivées {a}, demandeurs d'asile et bénéficiaires d'une protection.",
            ar="المهاجرون الذين وصلوا حديثاً إلى {city}، وطالبو اللجوء والحاصلون على الحماية.",
            uk="Мігранти, які нещодавно прибули до {gen}, шукачі притулку та особи, які отримали захист."),
        name=dict(
            it="Centro salute migranti – {city}",
            en="Migrant health centre – {city}",
            fr="Centre de santé des migrants – {city}",
            ar="مركز صحة المهاجرين – {city}",
            uk="Центр здоров'я мігрантів – {nom}"),
        desc=dict(
            it="Il centro accompagna le persone migranti nell'iscrizione al Servizio sanitario nazionale e nella scelta del medico di base. Offre visite di primo accesso, vaccinazioni e orientamento ai servizi specialistici con il supporto di mediatori.",
            en="The centre helps migrants register with the National Health Service and choose a family doctor. It offers first-contact visits, vaccinations and guidance to specialist services with the support of mediators.",
            fr="Le centre accompagne les personnes migrantes dans leur inscription au Service national de santé et dans le choix du médecin traitant. Il propose des consultations de premier accueil, des vaccinations et une orientation vers les services spécialisés avec l'appui de médiateurs.",
            ar="يرافق المركز المهاجرين في التسجيل في الخدمة الصحية الوطنية واختيار طبيب الأسرة. ويقدّم فحوصاً أولية ولقاحات وإرشاداً إلى الخدمات التخصصية بمساعدة وسطاء.",
            uk="Центр допомагає мігрантам зареєструватися в Національній службі охорони здоров'я та обрати сімейного лікаря. Тут проводять первинні огляди, вакцинацію та направляють до лікарів-спеціалістів за підтримки посередників.")),
    "cpi": dict(
        cats=["work-training"], level=1, sched=OFFICE, multi=True,
        docs=["Permesso di soggiorno", "Codice fiscale"], cost=FREE,
        app=dict(
            it="Prenotazione online o telefonica; la dichiarazione di immediata disponibilità si può rilasciare anche sul portale regionale.",
            en="Book online or by phone; you can also make the declaration of immediate availability for work on the regional portal.",
            fr="Rendez-vous en ligne ou par téléphone ; la déclaration de disponibilité immédiate peut aussi se faire sur le portail régional.",
            ar="الحجز عبر الإنترنت أو الهاتف؛ ويمكن أيضاً تقديم إعلان الاستعداد الفوري للعمل عبر البوابة الإلكترونية للإقليم.",
            uk="Запис онлайн або телефоном; заяву про негайну готовність до роботи можна подати й на регіональному порталі."),
        elig=dict(
            it="Persone in cerca di lavoro residenti o domiciliate {a}, con permesso di soggiorno che consente di lavorare.",
            en="Job seekers who live in {city} or have their registered residence there, with a residence permit that allows them to work.",
            fr="Personnes à la recherche d'un emploi résidant ou domiciliées {a}, avec un titre de séjour qui autorise à travailler.",
            ar="الباحثون عن عمل الذين يسكنون في {city} أو لديهم إقامة مسجّلة فيها، ويحملون تصريح إقامة يسمح لهم بالعمل.",
            uk="Особи, які шукають роботу й мешкають {loc} або мають там зареєстроване місце проживання, з дозволом на проживання, що дає право працювати."),
        name=dict(
            it="Centro per l'impiego {di}",
            en="Job centre of {city}",
            fr="Agence pour l'emploi {de}",
            ar="مركز التشغيل في {city}",
            uk="Центр зайнятості {gen}"),
        desc=dict(
            it="Il centro per l'impiego offre colloqui di orientamento, iscrizione alle liste di disoccupazione e incontro tra domanda e offerta di lavoro. Gli operatori aiutano a preparare il curriculum e segnalano corsi e tirocini. I cittadini stranieri possono rilasciare qui la dichiarazione di immediata disponibilità al lavoro.",
            en="The job centre offers career guidance interviews, registration as unemployed and matching between job seekers and employers. Staff help you prepare your CV and point out courses and traineeships. Foreign nationals can make their declaration of immediate availability for work here.",
            fr="L'agence pour l'emploi propose des entretiens d'orientation, l'inscription comme demandeur d'emploi et la mise en relation entre l'offre et la demande de travail. Les conseillers aident à préparer le CV et signalent des formations et des stages. Les ressortissants étrangers peuvent y faire leur déclaration de disponibilité immédiate au travail.",
            ar="يقدّم مركز التشغيل مقابلات توجيهية والتسجيل في قوائم الباحثين عن عمل والربط بين طالبي العمل وأصحاب العمل. ويساعد الموظفون في إعداد السيرة الذاتية ويقترحون دورات تدريبية وفترات تدريب عملي. ويمكن للمواطنين الأجانب تقديم إعلان الاستعداد الفوري للعمل هنا.",
            uk="Центр зайнятості проводить співбесіди з профорієнтації, реєструє безробітних і допомагає поєднати пошукачів роботи з роботодавцями. Працівники допомагають скласти резюме та підказують курси й стажування. Іноземці можуть подати тут заяву про негайну готовність до роботи.")),
    "formazione": dict(
        cats=["work-training"], level=2, sched=OFFICE,
        docs=["Permesso di soggiorno", "Codice fiscale"],
        cost=("mixed", dict(
            option=dict(
                it="Quota di iscrizione",
                en="Enrolment fee",
                fr="Frais d'inscription",
                ar="رسوم التسجيل",
                uk="Реєстраційний внесок"),
            amount=50,
            amount_description=dict(
                it="Gratuito per le persone iscritte al centro per l'impiego.",
                en="Free for people registered with the job centre.",
                fr="Gratuit pour les personnes inscrites à l'agence pour l'emploi.",
                ar="مجاني للأشخاص المسجّلين في مركز التشغيل.",
                uk="Безкоштовно для осіб, зареєстрованих у центрі зайнятості."))),
        fees=dict(
            it="Quota di iscrizione di 50 euro; gratuito per le persone disoccupate iscritte al centro per l'impiego.",
            en="Enrolment fee of 50 euros; free for unemployed people registered with the job centre.",
            fr="Frais d'inscription de 50 euros ; gratuit pour les demandeurs d'emploi inscrits à l'agence pour l'emploi.",
            ar="رسوم التسجيل 50 يورو؛ وهي مجانية للعاطلين عن العمل المسجّلين في مركز التشغيل.",
            uk="Реєстраційний внесок — 50 євро; безкоштовно для безробітних, зареєстрованих у центрі зайнятості."),
        app=dict(
            it="Iscrizione con colloquio e test di italiano orale; le graduatorie sono pubblicate prima dell'inizio di ogni corso.",
            en="Enrolment involves an interview and an oral Italian test; the ranking lists are published before each course starts.",
            fr="Inscription avec un entretien et un test oral d'italien ; les listes d'admission sont publiées avant le début de chaque formation.",
            ar="يتمّ التسجيل بعد مقابلة واختبار شفهي في اللغة الإيطالية؛ وتُنشر قوائم المقبولين قبل بدء كل دورة.",
            uk="Запис — після співбесіди та усного тесту з італійської мови; рейтингові списки публікують перед початком кожного курсу."),
        elig=dict(
            it="Persone maggiorenni con permesso di soggiorno valido e conoscenza dell'italiano almeno di livello A2.",
            en="Adults with a valid residence permit and at least A2-level Italian.",
            fr="Personnes majeures titulaires d'un titre de séjour valide et ayant au moins le niveau A2 en italien.",
            ar="الأشخاص البالغون الذين يحملون تصريح إقامة ساري المفعول ويتقنون اللغة الإيطالية بمستوى A2 على الأقل.",
            uk="Повнолітні особи з чинним дозволом на проживання, які знають італійську мову щонайменше на рівні A2."),
        name=dict(
            it="Corsi di formazione professionale per persone straniere – {city}",
            en="Vocational training courses for foreign nationals – {city}",
            fr="Formations professionnelles pour les personnes étrangères – {city}",
            ar="دورات التكوين المهني للأشخاص الأجانب – {city}",
            uk="Курси професійного навчання для іноземців – {nom}"),
        desc=dict(
            it="L'ente organizza corsi brevi di qualifica nei settori della ristorazione, della logistica, dell'assistenza familiare e dell'edilizia. Ogni corso comprende un modulo di italiano per il lavoro e un tirocinio in azienda. Al termine si ottiene un attestato riconosciuto dalla Regione.",
            en="The provider runs short qualification courses in catering, logistics, home care and construction. Each course includes a module of Italian for work and a company traineeship. Participants receive a certificate recognised by the Region at the end.",
            fr="L'organisme propose des formations qualifiantes courtes dans la restauration, la logistique, l'aide à domicile et le bâtiment. Chaque formation comprend un module d'italien professionnel et un stage en entreprise. À la fin, les participants obtiennent une attestation reconnue par la Région.",
            ar="تنظّم المؤسسة دورات تأهيلية قصيرة في مجالات المطاعم والخدمات اللوجستية ورعاية الأسر والبناء. وتتضمّن كل دورة وحدة للغة الإيطالية الخاصة بالعمل وتدريباً عملياً في شركة. وفي نهايتها يحصل المشاركون على شهادة معترف بها من الإقليم.",
            uk="Заклад організовує короткі кваліфікаційні курси у сферах громадського харчування, логістики, догляду за людьми вдома та будівництва. Кожен курс містить модуль італійської мови для роботи та стажування на підприємстві. Після завершення учасники отримують сертифікат, визнаний Регіоном.")),
}
