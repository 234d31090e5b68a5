"""Service kinds of the demo directory generator (see generate.py), second
part: SUPPORT_KINDS, the kinds offered by adult schools (CPIA), volunteer
Italian and after-school classes, patronati, anti-violence and
anti-trafficking services, reception projects, legal advice and shelters; and
KINDS, every kind in one table (OFFICE_KINDS from demo_kinds_offices.py first,
then these, the order of the original single table)."""

from demo_base import AFTERSCHOOL, ANTIVIOLENCE, CPIA, OFFICE, PATRONATO, PROJECT, SHELTER, VOLUNTEER
from demo_kinds_offices import FREE, OFFICE_KINDS

SUPPORT_KINDS = {
    "cpia_italiano": dict(
        cats=["italian-language"], level=2, sched=CPIA, multi=True,
        docs=["Codice fiscale"], cost=FREE,
        app=dict(
            it="Iscrizione in segreteria tutto l'anno, con un breve test per stabilire il livello.",
            en="Enrol at the school office at any time of year; a short test sets your level.",
            fr="Inscription au secrétariat toute l'année, avec un court test pour déterminer le niveau.",
            ar="التسجيل في مكتب الأمانة طوال السنة، مع اختبار قصير لتحديد المستوى.",
            uk="Записатися можна в секретаріаті протягом усього року; короткий тест визначить ваш рівень."),
        elig=dict(
            it="Persone adulte straniere e ragazzi e ragazze dai 16 anni che vivono {a}.",
            en="Foreign adults and young people aged 16 and over who live in {city}.",
            fr="Adultes étrangers et jeunes à partir de 16 ans qui vivent {a}.",
            ar="البالغون الأجانب والشباب والشابات من عمر 16 عاماً فما فوق الذين يعيشون في {city}.",
            uk="Дорослі іноземці, а також юнаки й дівчата віком від 16 років, які живуть {loc}."),
        name=dict(
            it="Corsi di italiano per adulti stranieri del CPIA {di}",
            en="Italian courses for foreign adults – CPIA adult education centre of {city}",
            fr="Cours d'italien pour adultes étrangers du CPIA {de}",
            ar="دورات اللغة الإيطالية للبالغين الأجانب في مركز تعليم الكبار CPIA في {city}",
            uk="Курси італійської мови для дорослих іноземців – центр освіти дорослих CPIA ({nom})"),
        desc=dict(
            it="Il CPIA organizza corsi gratuiti di lingua italiana dal livello pre-A1 al livello B1, in orario diurno e serale. Al termine del corso si può sostenere l'esame per la certificazione A2, valida per il permesso UE per soggiornanti di lungo periodo. L'iscrizione è aperta a tutte le persone con almeno 16 anni.",
            en="The CPIA runs free Italian language courses from pre-A1 to B1 level, in the daytime and in the evening. At the end of the course you can take the A2 certification exam, which is valid for the EU long-term residence permit. Enrolment is open to everyone aged 16 and over.",
            fr="Le CPIA organise des cours d'italien gratuits du niveau pré-A1 au niveau B1, en journée et en soirée. À la fin du cours, il est possible de passer l'examen de certification A2, valable pour le permis de séjour UE de longue durée. L'inscription est ouverte à toutes les personnes âgées d'au moins 16 ans.",
            ar="ينظّم مركز تعليم الكبار (CPIA) دورات مجانية في اللغة الإيطالية من المستوى ما قبل A1 إلى المستوى B1، في الفترتين النهارية والمسائية. وفي نهاية الدورة يمكن اجتياز امتحان شهادة المستوى A2 الصالحة للحصول على تصريح الإقامة الأوروبي طويل الأمد. والتسجيل مفتوح لجميع الأشخاص البالغين من العمر 16 عاماً فما فوق.",
            uk="Центр освіти дорослих (CPIA) організовує безкоштовні курси італійської мови від рівня pre-A1 до рівня B1, вдень і ввечері. Після завершення курсу можна скласти іспит на сертифікат рівня A2, чинний для отримання дозволу ЄС на довгострокове проживання. Записатися можуть усі особи віком від 16 років.")),
    "cpia_licenza": dict(
        cats=["school", "italian-language"], level=1, sched=CPIA,
        docs=["Codice fiscale", "Titoli di studio del paese di origine"], cost=FREE,
        app=dict(
            it="Iscrizione in segreteria entro ottobre o, se ci sono posti, durante l'anno.",
            en="Enrol at the school office by October or, if places are still available, during the year.",
            fr="Inscription au secrétariat jusqu'à fin octobre ou, s'il reste des places, en cours d'année.",
            ar="التسجيل في مكتب الأمانة حتى شهر أكتوبر، أو خلال السنة إذا توفّرت أماكن شاغرة.",
            uk="Записатися можна в секретаріаті до кінця жовтня або, якщо є вільні місця, протягом року."),
        elig=dict(
            it="Persone dai 16 anni in su senza il diploma di scuola secondaria di primo grado.",
            en="People aged 16 and over who do not have a lower secondary school diploma.",
            fr="Personnes de 16 ans et plus qui n'ont pas le diplôme de fin de premier cycle du secondaire.",
            ar="الأشخاص من عمر 16 عاماً فما فوق الذين لا يحملون شهادة التعليم الإعدادي.",
            uk="Особи віком від 16 років, які не мають свідоцтва про базову середню освіту."),
        name=dict(
            it="Percorsi di licenza media e alfabetizzazione per adulti – CPIA {city}",
            en="Lower secondary diploma and literacy courses for adults – CPIA {city}",
            fr="Parcours de diplôme du premier cycle et d'alphabétisation pour adultes – CPIA {city}",
            ar="مسارات شهادة التعليم الإعدادي ومحو الأمية للبالغين – CPIA {city}",
            uk="Програми здобуття базової середньої освіти та навчання грамоти для дорослих – CPIA ({nom})"),
        desc=dict(
            it="Il CPIA offre percorsi per ottenere il diploma conclusivo del primo ciclo di istruzione (licenza media) rivolti ad adulti e ragazzi dai 16 anni. Le lezioni possono essere combinate con i corsi di italiano e riconoscono i crediti degli studi svolti nel paese di origine.",
            en="The CPIA offers courses leading to the lower secondary school diploma (licenza media) for adults and young people aged 16 and over. Lessons can be combined with Italian courses, and credits are recognised for studies completed in the country of origin.",
            fr="Le CPIA propose des parcours menant au diplôme de fin de premier cycle (licenza media) destinés aux adultes et aux jeunes à partir de 16 ans. Les cours peuvent être combinés avec les cours d'italien et les études effectuées dans le pays d'origine sont reconnues sous forme de crédits.",
            ar="يقدّم مركز تعليم الكبار مسارات للحصول على شهادة إتمام المرحلة الأولى من التعليم (الشهادة الإعدادية) موجّهة إلى البالغين والشباب من عمر 16 عاماً. ويمكن الجمع بين هذه الدروس ودورات اللغة الإيطالية، كما تُحتسب الدراسات التي أُنجزت في بلد المنشأ.",
            uk="CPIA пропонує програми для здобуття свідоцтва про закінчення першого ступеня освіти (licenza media) для дорослих і молоді віком від 16 років. Заняття можна поєднувати з курсами італійської мови, а навчання, пройдене в країні походження, зараховується.")),
    "italiano_volontari": dict(
        cats=["italian-language"], level=3, sched=VOLUNTEER, multi=True,
        docs=[],
        cost=("mixed", dict(
            option=dict(
                it="Quota associativa annuale",
                en="Annual membership fee",
                fr="Cotisation annuelle",
                ar="الاشتراك السنوي في الجمعية",
                uk="Річний членський внесок"),
            amount=10,
            amount_description=dict(
                it="Comprende il materiale didattico.",
                en="Includes teaching materials.",
                fr="Comprend le matériel pédagogique.",
                ar="يشمل المواد التعليمية.",
                uk="Включає навчальні матеріали."))),
        fees=dict(
            it="Quota associativa annuale di 10 euro, che comprende il materiale didattico; nessun costo per chi non può pagarla.",
            en="Annual membership fee of 10 euros, which includes teaching materials; no charge for people who cannot afford it.",
            fr="Cotisation annuelle de 10 euros, qui comprend le matériel pédagogique ; gratuit pour les personnes qui ne peuvent pas la payer.",
            ar="اشتراك سنوي في الجمعية بقيمة 10 يورو يشمل المواد التعليمية؛ ومن لا يستطيع دفعه لا يدفع شيئاً.",
            uk="Річний членський внесок — 10 євро, він включає навчальні матеріали; хто не може його сплатити, навчається безкоштовно."),
        app=dict(
            it="Iscrizione di persona negli orari delle lezioni; si può entrare in un gruppo in qualsiasi momento dell'anno.",
            en="Enrol in person during lesson times; you can join a group at any time of year.",
            fr="Inscription sur place pendant les heures de cours ; on peut rejoindre un groupe à tout moment de l'année.",
            ar="التسجيل شخصياً في أوقات الدروس؛ ويمكن الانضمام إلى مجموعة في أي وقت من السنة.",
            uk="Записатися можна особисто під час занять; приєднатися до групи можна будь-коли протягом року."),
        elig=dict(
            it="Persone adulte straniere di qualsiasi livello, anche senza documenti.",
            en="Foreign adults at any level, including people without documents.",
            fr="Adultes étrangers de tout niveau, même sans papiers.",
            ar="البالغون الأجانب من جميع المستويات، حتى من ليست لديهم وثائق.",
            uk="Дорослі іноземці з будь-яким рівнем знань, навіть без документів."),
        name=dict(
            it="Scuola di italiano per stranieri – {city}",
            en="Italian school for foreigners – {city}",
            fr="École d'italien pour étrangers – {city}",
            ar="مدرسة اللغة الإيطالية للأجانب – {city}",
            uk="Школа італійської мови для іноземців – {nom}"),
        desc=dict(
            it="Insegnanti volontari tengono lezioni di italiano in piccoli gruppi, con un'attenzione particolare alle persone che non sanno leggere e scrivere. Durante le lezioni è attivo uno spazio per i bambini. Non è richiesto alcun documento per iscriversi.",
            en="Volunteer teachers give Italian lessons in small groups, with particular attention to people who cannot read and write. A children's corner is open during lessons. No documents are required to enrol.",
            fr="Des enseignants bénévoles donnent des cours d'italien en petits groupes, avec une attention particulière aux personnes qui ne savent ni lire ni écrire. Un espace pour les enfants est ouvert pendant les cours. Aucun document n'est demandé pour s'inscrire.",
            ar="يقدّم معلّمون متطوّعون دروساً في اللغة الإيطالية ضمن مجموعات صغيرة، مع اهتمام خاص بالأشخاص الذين لا يعرفون القراءة والكتابة. وتتوفّر مساحة مخصّصة للأطفال أثناء الدروس. ولا يُطلب أي مستند للتسجيل.",
            uk="Викладачі-волонтери проводять заняття з італійської мови в малих групах, приділяючи особливу увагу людям, які не вміють читати й писати. Під час занять працює дитячий куточок. Для запису не потрібні жодні документи.")),
    "doposcuola": dict(
        cats=["school", "family"], level=2, sched=AFTERSCHOOL,
        docs=[], cost=FREE,
        app=dict(
            it="Iscrizione tramite colloquio con un genitore; le segnalazioni arrivano anche dalle scuole.",
            en="Enrolment is through an interview with a parent; schools can also refer children.",
            fr="Inscription après un entretien avec un parent ; les écoles peuvent aussi orienter des enfants vers le service.",
            ar="يتمّ التسجيل بعد مقابلة مع أحد الوالدين؛ ويمكن للمدارس أيضاً إحالة الأطفال إلى البرنامج.",
            uk="Запис — після співбесіди з одним із батьків; дітей можуть скеровувати також школи."),
        elig=dict(
            it="Bambini e ragazzi dai 6 ai 16 anni che frequentano le scuole {di}.",
            en="Children and young people aged 6 to 16 who go to school in {city}.",
            fr="Enfants et jeunes de 6 à 16 ans scolarisés dans les écoles {de}.",
            ar="الأطفال والشباب من عمر 6 إلى 16 عاماً الذين يدرسون في مدارس {city}.",
            uk="Діти та підлітки віком від 6 до 16 років, які навчаються в школах {gen}."),
        name=dict(
            it="Doposcuola e sostegno allo studio – {city}",
            en="After-school and study support – {city}",
            fr="Aide aux devoirs et soutien scolaire – {city}",
            ar="الدعم المدرسي بعد الدوام – {city}",
            uk="Група продовженого дня та допомога в навчанні – {nom}"),
        desc=dict(
            it="Il doposcuola aiuta bambini e ragazzi della scuola primaria e secondaria a svolgere i compiti e a rafforzare l'italiano come lingua di studio. Educatori e volontari incontrano regolarmente le famiglie e collaborano con gli insegnanti.",
            en="The after-school programme helps primary and secondary school children do their homework and strengthen Italian as a language of study. Educators and volunteers meet families regularly and work with teachers.",
            fr="L'aide aux devoirs accompagne les enfants et les jeunes de l'école primaire et secondaire dans leurs devoirs et renforce l'italien comme langue d'apprentissage. Éducateurs et bénévoles rencontrent régulièrement les familles et collaborent avec les enseignants.",
            ar="يساعد برنامج الدعم بعد الدوام الأطفال والشباب في المرحلتين الابتدائية والثانوية على إنجاز واجباتهم المدرسية وتعزيز اللغة الإيطالية بوصفها لغة الدراسة. ويلتقي المربّون والمتطوّعون بالعائلات بانتظام ويتعاونون مع المعلّمين.",
            uk="Група продовженого дня допомагає дітям і підліткам початкової та середньої школи виконувати домашні завдання та вдосконалювати італійську як мову навчання. Педагоги й волонтери регулярно зустрічаються з сім'ями та співпрацюють з учителями.")),
    "patronato": dict(
        cats=["legal-permits", "work-training"], level=1, sched=PATRONATO, multi=True,
        docs=["Permesso di soggiorno", "Passaporto", "Codice fiscale"], cost=FREE,
        fees=dict(
            it="La consulenza è gratuita; per le domande di cittadinanza può essere chiesto un contributo alle spese.",
            en="Advice is free; for citizenship applications you may be asked to contribute to the costs.",
            fr="Le conseil est gratuit ; pour les demandes de nationalité, une participation aux frais peut être demandée.",
            ar="الاستشارة مجانية؛ وقد يُطلب مبلغ للمساهمة في التكاليف عند تقديم طلبات الجنسية.",
            uk="Консультація безкоштовна; за допомогу із заявою на громадянство можуть попросити частково покрити витрати."),
        app=dict(
            it="Su appuntamento telefonico; per il kit postale portare le fotocopie di tutti i documenti.",
            en="By appointment, booked by phone; for the postal kit, bring photocopies of all your documents.",
            fr="Sur rendez-vous par téléphone ; pour le kit postal, apportez les photocopies de tous vos documents.",
            ar="بموعد يُحجز عبر الهاتف؛ ولإعداد الملف البريدي يُرجى إحضار نسخ مصوّرة من جميع الوثائق.",
            uk="За попереднім записом телефоном; для поштового пакета візьміть копії всіх документів."),
        elig=dict(
            it="Lavoratori, pensionati e cittadini stranieri che vivono o lavorano {a}.",
            en="Workers, pensioners and foreign nationals who live or work in {city}.",
            fr="Travailleurs, retraités et ressortissants étrangers qui vivent ou travaillent {a}.",
            ar="العمّال والمتقاعدون والمواطنون الأجانب الذين يعيشون أو يعملون في {city}.",
            uk="Працівники, пенсіонери та іноземці, які живуть або працюють {loc}."),
        name=dict(
            it="Patronato {brand} – sportello cittadini stranieri – {city}",
            en="{brand} welfare advice office (patronato) – desk for foreign nationals – {city}",
            fr="Patronat {brand} – guichet des ressortissants étrangers – {city}",
            ar="مكتب الرعاية الاجتماعية (باتروناتو) {brand} – شبّاك المواطنين الأجانب – {city}",
            uk="Патронат {brand} – віконце для іноземців – {nom}"),
        desc=dict(
            it="Il patronato assiste nella compilazione del kit postale per il rinnovo del permesso di soggiorno, nelle domande di cittadinanza e nei ricongiungimenti familiari. Offre anche consulenza su contributi previdenziali, disoccupazione, maternità e assegno unico.",
            en="The welfare advice office (patronato) helps with filling in the postal kit for renewing residence permits, with citizenship applications and with family reunification. It also advises on social security contributions, unemployment benefit, maternity benefit and the universal child allowance.",
            fr="Le patronat (bureau d'assistance sociale) aide à remplir le kit postal pour le renouvellement du titre de séjour, les demandes de nationalité et le regroupement familial. Il conseille également sur les cotisations de retraite, le chômage, la maternité et l'allocation familiale unique.",
            ar="يساعد مكتب الباتروناتو في تعبئة الملف البريدي لتجديد تصريح الإقامة وفي طلبات الجنسية ولمّ الشمل العائلي. كما يقدّم استشارات حول اشتراكات الضمان الاجتماعي وإعانة البطالة وإعانة الأمومة والإعانة الموحّدة للأطفال.",
            uk="Патронат (служба соціальної допомоги) допомагає заповнити поштовий пакет для продовження дозволу на проживання, подати заяву на громадянство та на возз'єднання сім'ї. Тут також консультують щодо пенсійних внесків, допомоги з безробіття, допомоги по материнству та єдиної допомоги на дітей.")),
    "antiviolenza": dict(
        cats=["anti-violence"], level=2, sched=ANTIVIOLENCE, sal_desc="Sede di ascolto; le case rifugio hanno un indirizzo riservato.",
        docs=[], cost=FREE,
        app=dict(
            it="Contatto telefonico o accesso diretto alla sede di ascolto; non serve alcun documento.",
            en="Call by phone or come directly to the support centre; no documents are needed.",
            fr="Contact par téléphone ou accès direct au lieu d'écoute ; aucun document n'est nécessaire.",
            ar="يمكن الاتصال هاتفياً أو الحضور مباشرة إلى مقرّ الإصغاء؛ ولا حاجة إلى أي وثيقة.",
            uk="Можна зателефонувати або прийти безпосередньо до пункту підтримки; жодні документи не потрібні."),
        elig=dict(
            it="Donne che subiscono o hanno subito violenza, con o senza figli, indipendentemente dalla situazione di soggiorno.",
            en="Women who are experiencing or have experienced violence, with or without children, whatever their residence status.",
            fr="Femmes qui subissent ou ont subi des violences, avec ou sans enfants, quelle que soit leur situation de séjour.",
            ar="النساء اللواتي يتعرّضن أو تعرّضن للعنف، مع أطفالهنّ أو من دونهم، بغضّ النظر عن وضع إقامتهنّ.",
            uk="Жінки, які зазнають або зазнали насильства, з дітьми чи без них, незалежно від їхнього статусу перебування."),
        name=dict(
            it="Centro antiviolenza – {city}",
            en="Anti-violence centre – {city}",
            fr="Centre d'aide aux femmes victimes de violences – {city}",
            ar="مركز مناهضة العنف ضد المرأة – {city}",
            uk="Центр протидії насильству – {nom}"),
        desc=dict(
            it="Il centro accoglie donne che subiscono violenza fisica, psicologica, economica o sessuale, anche con figli minori. Offre ascolto, consulenza legale e psicologica e, se necessario, ospitalità in una casa rifugio a indirizzo segreto. I colloqui sono riservati e gratuiti; in caso di pericolo chiamare il 1522 o il 112.",
            en="The centre supports women who experience physical, psychological, economic or sexual violence, including those with children. It offers a listening service, legal and psychological advice and, if needed, a place in a shelter at a secret address. Meetings are confidential and free; in case of danger call 1522 or 112.",
            fr="Le centre accueille les femmes victimes de violences physiques, psychologiques, économiques ou sexuelles, y compris avec des enfants mineurs. Il propose une écoute, un accompagnement juridique et psychologique et, si nécessaire, un hébergement dans une maison refuge à adresse secrète. Les entretiens sont confidentiels et gratuits ; en cas de danger, appelez le 1522 ou le 112.",
            ar="يستقبل المركز النساء اللواتي يتعرّضن للعنف الجسدي أو النفسي أو الاقتصادي أو الجنسي، بمن فيهنّ الأمهات مع أطفالهنّ القاصرين. ويقدّم الإصغاء والاستشارة القانونية والنفسية، وعند الحاجة الإيواء في دار حماية بعنوان سرّي. والمقابلات سرّية ومجانية؛ وفي حالة الخطر اتصلي بالرقم 1522 أو 112.",
            uk="Центр приймає жінок, які зазнають фізичного, психологічного, економічного чи сексуального насильства, зокрема разом із неповнолітніми дітьми. Тут вислухають, нададуть юридичну та психологічну консультацію, а за потреби — притулок у захищеному будинку з таємною адресою. Зустрічі конфіденційні та безкоштовні; у разі небезпеки телефонуйте 1522 або 112.")),
    "antitratta": dict(
        cats=["anti-violence", "legal-permits"], level=3, sched=ANTIVIOLENCE,
        docs=[], cost=FREE,
        app=dict(
            it="Contatto telefonico, anche anonimo, oppure segnalazione da parte di servizi, forze dell'ordine o unità di strada.",
            en="Contact us by phone, anonymously if you wish, or through a referral from services, the police or street outreach teams.",
            fr="Contact par téléphone, même anonyme, ou signalement par les services, les forces de l'ordre ou les équipes de rue.",
            ar="الاتصال هاتفياً، ولو دون الكشف عن الهوية، أو عن طريق إحالة من الخدمات أو قوات الأمن أو الفرق الميدانية في الشوارع.",
            uk="Можна зателефонувати, зокрема анонімно, або вас можуть скерувати соціальні служби, правоохоронні органи чи вуличні мобільні групи."),
        elig=dict(
            it="Persone vittime o potenziali vittime di tratta e di grave sfruttamento, di qualsiasi nazionalità.",
            en="Victims or potential victims of trafficking and severe exploitation, of any nationality.",
            fr="Personnes victimes ou victimes potentielles de la traite et d'une exploitation grave, de toute nationalité.",
            ar="ضحايا الاتجار بالبشر والاستغلال الشديد أو المعرّضون لأن يصبحوا ضحايا لهما، من أي جنسية كانوا.",
            uk="Жертви або потенційні жертви торгівлі людьми та тяжкої експлуатації, будь-якого громадянства."),
        name=dict(
            it="Sportello antitratta e contro lo sfruttamento lavorativo – {city}",
            en="Anti-trafficking and labour exploitation desk – {city}",
            fr="Guichet contre la traite des êtres humains et l'exploitation au travail – {city}",
            ar="مكتب مكافحة الاتجار بالبشر والاستغلال في العمل – {city}",
            uk="Приймальня з протидії торгівлі людьми та трудовій експлуатації – {nom}"),
        desc=dict(
            it="Lo sportello sostiene le persone vittime di tratta, di sfruttamento sessuale o lavorativo e di matrimoni forzati. Offre protezione, accoglienza e accompagnamento nella richiesta del permesso di soggiorno per casi speciali. Il numero verde nazionale antitratta è gratuito, anonimo e attivo 24 ore su 24.",
            en="The desk supports victims of trafficking, sexual or labour exploitation and forced marriage. It offers protection, accommodation and assistance in applying for a special-case residence permit. The national anti-trafficking freephone line is free, anonymous and available 24 hours a day.",
            fr="Le guichet soutient les victimes de la traite, de l'exploitation sexuelle ou par le travail et des mariages forcés. Il offre protection, hébergement et accompagnement dans la demande de titre de séjour pour cas spéciaux. Le numéro vert national contre la traite est gratuit, anonyme et accessible 24 heures sur 24.",
            ar="يدعم المكتب ضحايا الاتجار بالبشر والاستغلال الجنسي أو في العمل والزواج القسري. ويوفّر الحماية والإيواء والمرافقة في طلب تصريح الإقامة للحالات الخاصة. والرقم الأخضر الوطني لمكافحة الاتجار مجاني ويحفظ سرّية المتصل ويعمل على مدار الساعة.",
            uk="Приймальня підтримує жертв торгівлі людьми, сексуальної чи трудової експлуатації та примусових шлюбів. Тут надають захист, житло та супровід під час подання заяви на дозвіл на проживання для особливих випадків. Національна гаряча лінія з протидії торгівлі людьми безкоштовна, анонімна та працює цілодобово.")),
    "sai": dict(
        cats=["asylum", "housing"], level=3, sched=PROJECT,
        docs=["Permesso di soggiorno"], cost=FREE,
        app=dict(
            it="Non si accede direttamente: l'inserimento è disposto dal Servizio centrale su segnalazione della Prefettura o dei servizi sociali.",
            en="You cannot apply directly: places are assigned by the Central Service on referral from the Prefecture or social services.",
            fr="L'accès n'est pas direct : l'admission est décidée par le Service central sur signalement de la Préfecture ou des services sociaux.",
            ar="لا يمكن الدخول مباشرة: يتمّ القبول بقرار من الدائرة المركزية بناءً على إحالة من المحافظة أو من الخدمات الاجتماعية.",
            uk="Звернутися напряму не можна: рішення про поселення ухвалює Центральна служба за поданням Префектури або соціальних служб."),
        elig=dict(
            it="Richiedenti protezione internazionale e titolari di protezione, minori stranieri non accompagnati e persone con permessi speciali.",
            en="Applicants for and holders of international protection, unaccompanied foreign minors and people with special permits.",
            fr="Demandeurs et bénéficiaires de protection internationale, mineurs étrangers non accompagnés et personnes titulaires de permis spéciaux.",
            ar="طالبو الحماية الدولية والحاصلون على الحماية، والقاصرون الأجانب غير المصحوبين بذويهم، والأشخاص الحاصلون على تصاريح خاصة.",
            uk="Особи, які просять міжнародного захисту або вже отримали захист, неповнолітні іноземці без супроводу та люди зі спеціальними дозволами на проживання."),
        name=dict(
            it="Progetto SAI – accoglienza e integrazione – {city}",
            en="SAI project – reception and integration – {city}",
            fr="Projet SAI – accueil et intégration – {city}",
            ar="مشروع SAI – الاستقبال والاندماج – {city}",
            uk="Проєкт SAI – прийом та інтеграція – {nom}"),
        desc=dict(
            it="Il progetto del Sistema di accoglienza e integrazione ospita richiedenti asilo e titolari di protezione in appartamenti distribuiti in città. Oltre all'alloggio offre corsi di italiano, orientamento al lavoro, assistenza legale e accompagnamento all'autonomia abitativa. Gli ingressi sono disposti dal Servizio centrale su segnalazione della Prefettura o dei servizi sociali.",
            en="The Reception and Integration System (SAI) project accommodates asylum seekers and holders of protection in apartments across the city. Besides housing, it offers Italian courses, job guidance, legal assistance and support towards independent living. Admissions are arranged by the Central Service on referral from the Prefecture or social services.",
            fr="Le projet du Système d'accueil et d'intégration (SAI) héberge des demandeurs d'asile et des bénéficiaires de protection dans des appartements répartis dans la ville. En plus du logement, il propose des cours d'italien, une orientation professionnelle, une assistance juridique et un accompagnement vers l'autonomie en matière de logement. Les admissions sont décidées par le Service central sur signalement de la Préfecture ou des services sociaux.",
            ar="يستضيف مشروع نظام الاستقبال والاندماج (SAI) طالبي اللجوء والحاصلين على الحماية في شقق موزّعة في أنحاء المدينة. وإلى جانب السكن، يقدّم دورات في اللغة الإيطالية وتوجيهاً مهنياً ومساعدة قانونية ومرافقة نحو الاستقلال السكني. ويتمّ القبول بقرار من الدائرة المركزية بناءً على إحالة من المحافظة أو من الخدمات الاجتماعية.",
            uk="Проєкт Системи прийому та інтеграції (SAI) надає житло шукачам притулку та особам, які отримали захист, у квартирах у різних частинах міста. Окрім житла, тут пропонують курси італійської мови, профорієнтацію, юридичну допомогу та підтримку на шляху до самостійного проживання. Рішення про поселення ухвалює Центральна служба за поданням Префектури або соціальних служб.")),
    "asilo_legale": dict(
        cats=["asylum", "legal-permits"], level=3, sched=OFFICE,
        docs=["Passaporto"], cost=FREE,
        app=dict(
            it="Su appuntamento; portare tutti i documenti ricevuti dalla Questura e dalla Commissione territoriale.",
            en="By appointment; bring all the documents you have received from the Questura and the Territorial Commission.",
            fr="Sur rendez-vous ; apportez tous les documents reçus de la Questura et de la Commission territoriale.",
            ar="بموعد مسبق؛ يُرجى إحضار جميع الوثائق المستلمة من الكويستورا ومن اللجنة الإقليمية.",
            uk="За попереднім записом; візьміть усі документи, які ви отримали від Квестури та Територіальної комісії."),
        elig=dict(
            it="Richiedenti protezione internazionale e persone che hanno ricevuto un diniego.",
            en="Applicants for international protection and people whose application has been refused.",
            fr="Demandeurs de protection internationale et personnes qui ont reçu un refus.",
            ar="طالبو الحماية الدولية والأشخاص الذين رُفض طلبهم.",
            uk="Особи, які просять міжнародного захисту, та особи, яким відмовили в захисті."),
        name=dict(
            it="Orientamento legale per richiedenti asilo – {city}",
            en="Legal guidance for asylum seekers – {city}",
            fr="Orientation juridique pour les demandeurs d'asile – {city}",
            ar="الإرشاد القانوني لطالبي اللجوء – {city}",
            uk="Юридичні консультації для шукачів притулку – {nom}"),
        desc=dict(
            it="Avvocati e operatori legali spiegano come presentare la domanda di protezione internazionale e preparano la persona al colloquio con la Commissione territoriale. Il servizio assiste anche nei ricorsi contro i dinieghi e nella richiesta del gratuito patrocinio.",
            en="Lawyers and legal advisers explain how to apply for international protection and prepare people for their interview with the Territorial Commission. The service also helps with appeals against refusals and with applications for free legal aid.",
            fr="Des avocats et des juristes expliquent comment présenter une demande de protection internationale et préparent la personne à l'entretien avec la Commission territoriale. Le service accompagne aussi les recours contre les refus et la demande d'aide juridictionnelle.",
            ar="يشرح محامون ومستشارون قانونيون كيفية تقديم طلب الحماية الدولية ويحضّرون الشخص للمقابلة مع اللجنة الإقليمية. كما تساعد الخدمة في الطعون ضد قرارات الرفض وفي طلب المساعدة القانونية المجانية.",
            uk="Адвокати та юристи пояснюють, як подати заяву про міжнародний захист, і готують людину до співбесіди з Територіальною комісією. Служба також допомагає оскаржити відмови та подати заяву на безоплатну правову допомогу.")),
    "legale": dict(
        cats=["legal-permits"], level=2, sched=OFFICE,
        docs=["Permesso di soggiorno", "Passaporto"], cost=FREE,
        app=dict(
            it="Accesso libero con numero d'ordine negli orari di apertura; per casi complessi viene fissato un secondo appuntamento.",
            en="Walk in during opening hours and take a queue number; for complex cases a second appointment is arranged.",
            fr="Accès libre aux heures d'ouverture, avec un ticket d'ordre de passage ; pour les cas complexes, un second rendez-vous est fixé.",
            ar="يمكن الحضور دون موعد خلال ساعات الدوام مع أخذ رقم انتظار؛ وفي الحالات المعقّدة يُحدَّد موعد ثانٍ.",
            uk="Можна прийти без запису в години роботи й отримати номер черги; для складних випадків призначають другу зустріч."),
        elig=dict(
            it="Cittadini stranieri, persone senza dimora e persone in condizione di fragilità.",
            en="Foreign nationals, homeless people and people in vulnerable situations.",
            fr="Ressortissants étrangers, personnes sans domicile et personnes en situation de vulnérabilité.",
            ar="المواطنون الأجانب والأشخاص بلا مأوى والأشخاص في أوضاع هشّة.",
            uk="Іноземці, бездомні люди та люди в уразливому становищі."),
        name=dict(
            it="Sportello legale gratuito per cittadini stranieri – {city}",
            en="Free legal advice desk for foreign nationals – {city}",
            fr="Permanence juridique gratuite pour les ressortissants étrangers – {city}",
            ar="مكتب الاستشارة القانونية المجانية للمواطنين الأجانب – {city}",
            uk="Безкоштовна юридична приймальня для іноземців – {nom}"),
        desc=dict(
            it="Lo sportello offre una prima consulenza legale gratuita su permessi di soggiorno, cittadinanza, lavoro irregolare e discriminazioni. Se serve un'azione in tribunale, gli operatori indirizzano verso avvocati disponibili al gratuito patrocinio.",
            en="The desk offers a free initial legal consultation on residence permits, citizenship, undeclared work and discrimination. If court action is needed, staff refer people to lawyers who accept legal aid cases.",
            fr="La permanence offre une première consultation juridique gratuite sur les titres de séjour, la nationalité, le travail non déclaré et les discriminations. Si une action en justice est nécessaire, les intervenants orientent vers des avocats qui acceptent l'aide juridictionnelle.",
            ar="يقدّم المكتب استشارة قانونية أولى مجانية حول تصاريح الإقامة والجنسية والعمل غير النظامي والتمييز. وإذا لزم رفع دعوى أمام المحكمة، يوجّه الموظفون الأشخاص إلى محامين يقبلون قضايا المساعدة القانونية المجانية.",
            uk="Приймальня надає першу безкоштовну юридичну консультацію щодо дозволів на проживання, громадянства, неоформленої роботи та дискримінації. Якщо потрібно звернутися до суду, працівники скеровують до адвокатів, які працюють у системі безоплатної правової допомоги.")),
    "accoglienza_notturna": dict(
        cats=["housing", "social-services"], level=2, sched=SHELTER,
        docs=[],
        cost=("mixed", dict(
            option=dict(
                it="Contributo giornaliero per l'alloggio temporaneo",
                en="Daily contribution for temporary housing",
                fr="Participation journalière pour le logement temporaire",
                ar="مساهمة يومية مقابل السكن المؤقت",
                uk="Щоденний внесок за тимчасове житло"),
            amount=3,
            amount_description=dict(
                it="Solo per l'housing sociale; l'accoglienza notturna è gratuita.",
                en="Only for social housing; the night shelter is free.",
                fr="Uniquement pour le logement social ; l'hébergement de nuit est gratuit.",
                ar="للسكن الاجتماعي فقط؛ أما الإيواء الليلي فمجاني.",
                uk="Лише за соціальне житло; нічний притулок безкоштовний."))),
        fees=dict(
            it="L'accoglienza notturna è gratuita; per l'housing sociale è chiesto un contributo di 3 euro al giorno.",
            en="The night shelter is free; for social housing there is a contribution of 3 euros a day.",
            fr="L'hébergement de nuit est gratuit ; pour le logement social, une participation de 3 euros par jour est demandée.",
            ar="الإيواء الليلي مجاني؛ أما السكن الاجتماعي فتُطلب مقابله مساهمة بقيمة 3 يورو في اليوم.",
            uk="Нічний притулок безкоштовний; за соціальне житло потрібно сплачувати внесок 3 євро на день."),
        app=dict(
            it="Accesso tramite i servizi sociali o lo sportello di accoglienza; per la notte presentarsi all'ingresso serale.",
            en="Access is through social services or the reception desk; for a bed for the night, come at the evening admission time.",
            fr="Accès par les services sociaux ou le guichet d'accueil ; pour la nuit, présentez-vous à l'heure d'entrée du soir.",
            ar="يتمّ الدخول عن طريق الخدمات الاجتماعية أو مكتب الاستقبال؛ وللمبيت ليلاً يُرجى الحضور في موعد الدخول المسائي.",
            uk="Потрапити сюди можна через соціальні служби або приймальню; щоб переночувати, приходьте у вечірні години заселення."),
        elig=dict(
            it="Persone maggiorenni senza dimora o in emergenza abitativa presenti {a}.",
            en="Adults who are homeless or facing a housing emergency in {city}.",
            fr="Personnes majeures sans domicile ou en situation d'urgence de logement présentes {a}.",
            ar="الأشخاص البالغون بلا مأوى أو الذين يمرّون بحالة طوارئ سكنية في {city}.",
            uk="Повнолітні особи без житла або в ситуації житлової кризи, які перебувають {loc}."),
        name=dict(
            it="Accoglienza notturna e housing sociale – {city}",
            en="Night shelter and social housing – {city}",
            fr="Hébergement de nuit et logement social – {city}",
            ar="الإيواء الليلي والسكن الاجتماعي – {city}",
            uk="Нічний притулок і соціальне житло – {nom}"),
        desc=dict(
            it="Il servizio offre posti letto per la notte a persone senza dimora e alloggi temporanei in coabitazione per chi sta cercando casa. Gli educatori accompagnano gli ospiti nella ricerca di lavoro e di una sistemazione stabile. L'accesso avviene tramite i servizi sociali o lo sportello di accoglienza.",
            en="The service offers overnight beds for homeless people and temporary shared accommodation for people looking for a home. Educators support guests in finding work and stable housing. Access is through social services or the reception desk.",
            fr="Le service propose des lits pour la nuit aux personnes sans domicile et des logements temporaires en colocation pour celles qui cherchent un logement. Des éducateurs accompagnent les personnes hébergées dans leur recherche d'emploi et d'un logement stable. L'accès se fait par les services sociaux ou par le guichet d'accueil.",
            ar="توفّر الخدمة أسرّة للمبيت ليلاً للأشخاص بلا مأوى ومساكن مؤقتة مشتركة لمن يبحثون عن سكن. ويرافق المربّون المقيمين في البحث عن عمل وعن سكن مستقر. ويتمّ الدخول عن طريق الخدمات الاجتماعية أو مكتب الاستقبال.",
            uk="Служба надає місця для ночівлі бездомним людям і тимчасове спільне житло тим, хто шукає помешкання. Соціальні педагоги допомагають мешканцям знайти роботу та постійне житло. Потрапити сюди можна через соціальні служби або приймальню.")),
}

# Every service kind, in the order of the original single table.
KINDS = {**OFFICE_KINDS, **SUPPORT_KINDS}
