# Crocevia — user-interface strings (Ukrainian).

## Language names, each written in its own language (used by the language switcher).
language-name = Українська

## Layout
site-tagline = Інформація та послуги для інтеграції громадян третіх країн
skip-to-content = Перейти до основного вмісту
skip-to-footer = Перейти до нижньої частини сторінки
lang-switcher-label = Мова
lang-switcher-current = Мова сторінки: { $language }
menu-label = Головне меню
menu-toggle = Показати або приховати меню
nav-home = Головна
nav-guides = Посібники
nav-services = Послуги
nav-glossary = Глосарій
nav-search = Пошук
demo-notice = Демонстраційний сайт: контакти й адреси служб наведено як приклад. Щодо офіційних процедур звертайтеся до зазначених установ.
external-link = (зовнішній сайт)

## Home page
home-title = Знайдіть потрібну процедуру та найближчу службу вашою мовою
home-lead = { $network } об’єднує в мережу пункти прийому, соціальні, медичні та юридичні служби й міжкультурних медіаторів регіону. Тут ви знайдете зрозумілу інформацію про найпоширеніші процедури та контакти, щоб звернутися по допомогу.
home-topics-title = Найпоширеніші процедури
home-topics-lead = Перше пояснення справ, з якими люди найчастіше звертаються до пунктів прийому. Правила можуть змінюватися: завжди перевіряйте інформацію у відповідній установі.
topic-where = Куди звертатися: { $office }
topic-permit-title = Продовження дозволу на проживання
topic-permit-text = Заяву на продовження подають до закінчення строку дії дозволу, зазвичай щонайменше за 60 днів. Для багатьох видів дозволу заяву надсилають поштовим набором (kit postale) через уповноважені поштові відділення; для інших її подають безпосередньо до управління поліції (Questura).
topic-permit-office = Управління поліції (Questura) або уповноважене поштове відділення (Sportello Amico)
topic-residence-title = Реєстрація місця проживання (residenza)
topic-residence-text = Реєстрація в реєстрі населення (anagrafe) муніципалітету (Comune), де ви живете, — це ваше право; вона відкриває доступ до багатьох послуг, від посвідчення особи до соціальних послуг. Потрібні документ, що посвідчує особу, дозвіл на проживання (або квитанція про подання заяви на продовження) та адреса, де ви живете.
topic-residence-office = Відділ реєстрації населення (anagrafe) муніципалітету (Comune)
topic-health-title = Медичне обслуговування та сімейний лікар
topic-health-text = Маючи дозвіл на проживання, ви реєструєтеся в Національній службі охорони здоров’я (Servizio sanitario nazionale) і обираєте сімейного лікаря (medico di base) або педіатра. Люди без чинного дозволу все одно мають право на невідкладну та необхідну медичну допомогу з кодом STP.
topic-health-office = Місцева служба охорони здоров’я (ASL), пункт вибору та зміни лікаря
topic-italian-title = Курси італійської мови
topic-italian-text = Провінційні центри освіти дорослих (CPIA) організовують безкоштовні курси італійської мови для дорослих, починаючи з початкового рівня, а також тест з італійської мови, потрібний для деяких дозволів.
topic-italian-office = CPIA, провінційний центр освіти дорослих (Centro provinciale per l'istruzione degli adulti)
topic-work-title = Робота та навчання
topic-work-text = Центр зайнятості (Centro per l'impiego) допомагає шукати роботу, подати заяву про негайну готовність до роботи та знайти курси професійного навчання і стажування.
topic-work-office = Центр зайнятості (Centro per l'impiego, CPI)
topic-family-title = Возз’єднання сім’ї
topic-family-text = Щоб привезти до Італії чоловіка чи дружину, дітей або батьків, які перебувають на вашому утриманні, потрібно подати онлайн заяву на дозвіл (nulla osta) до Єдиного імміграційного офісу (Sportello unico per l'immigrazione). Потрібні відповідне житло та мінімальний дохід.
topic-family-office = Єдиний імміграційний офіс (Sportello unico per l'immigrazione) при префектурі (Prefettura)
home-desk-title = Єдиний пункт прийому: одне місце, щоб почати
home-desk-text = У єдиному пункті прийому команда соціальних, юридичних і медичних працівників та міжкультурних медіаторів вислухає вас, допоможе зорієнтуватися і, якщо потрібно, супроводить до інших служб. Послуга безкоштовна.
home-desk-point-info = Інформація та орієнтування щодо місцевих служб
home-desk-point-legal = Юридичні консультації щодо дозволів, громадянства та притулку
home-desk-point-health = Орієнтування щодо медичних служб
home-desk-point-mediation = Міжкультурне посередництво вашою мовою
home-desk-bring = Візьміть із собою документи, які маєте: паспорт, дозвіл на проживання або квитанцію, податковий код (codice fiscale).
home-contact-title = Контакти
home-contact-address = Адреса
home-contact-phone = Телефон
home-contact-email = Електронна пошта
home-contact-hours = Години роботи
home-help-title = Корисні безкоштовні номери
help-112 = Єдиний номер екстрених служб: поліція, карабінери, пожежна служба, швидка допомога
help-1522 = Протидія насильству та переслідуванню (сталкінгу): працює цілодобово, також іншими мовами
help-antitratta = Безкоштовна гаряча лінія проти торгівлі людьми: анонімно, працює цілодобово, кількома мовами
home-languages-title = Вашою мовою
home-languages-text = Цей сайт доступний кількома мовами. Виберіть свою в меню «Мова» вгорі: ви залишитеся на тій самій сторінці.

## Footer
footer-about = { $network } — відкрита платформа для мережі служб прийому та інтеграції.
footer-funding = Створено в межах проєктів, що фінансуються Фондом притулку, міграції та інтеграції (FAMI) Європейського Союзу.
footer-accessibility = Заява про доступність
footer-privacy = Інформація про конфіденційність
footer-api = API та відкриті дані
footer-legal-title = Правова інформація

## Accessibility declaration
accessibility-title = Заява про доступність
accessibility-intro = { $network } прагне зробити цей сайт доступним відповідно до італійського закону № 4 від 9 січня 2004 року та Директиви (ЄС) 2016/2102.
accessibility-status-title = Стан відповідності
accessibility-status-text = Сайт розроблено так, щоб він відповідав вимогам стандарту EN 301 549 і настановам WCAG 2.1 рівня AA. Кожну версію перевіряють автоматичними тестами в реальному браузері італійською, англійською та арабською мовами; ручні перевірки тривають.
accessibility-features-title = Що ми робимо для доступності
accessibility-feature-languages = тексти кількома мовами з правильним напрямком читання для арабської мови та урду;
accessibility-feature-keyboard = повна навігація з клавіатури, з посиланням для переходу до вмісту;
accessibility-feature-nojs = сторінки, які працюють і без JavaScript, і за повільного з’єднання;
accessibility-feature-contrast = належний колірний контраст і розмір тексту.
accessibility-feedback-title = Повідомлення про проблеми
accessibility-feedback-text = Якщо ви знайшли недоступний вміст, напишіть на { $email }. Ми відповімо протягом 30 днів.
accessibility-feedback-nocontact = Якщо ви знайшли недоступний вміст, повідомте про це організацію, яка керує цим сайтом. Вона відповість протягом 30 днів.
accessibility-enforcement-title = Процедура забезпечення виконання
accessibility-enforcement-text = Якщо відповідь вас не задовольняє або не надійшла протягом 30 днів, ви можете звернутися до Цифрового омбудсмена (Difensore civico per il digitale) при Агентстві цифрової Італії (AgID).

## Privacy notice
privacy-title = Інформація про конфіденційність
privacy-intro = Ця інформація пояснює, як { $network } обробляє дані людей, які відвідують публічний портал, відповідно до Регламенту (ЄС) 2016/679 (GDPR).
privacy-data-title = Які дані ми обробляємо
privacy-data-text = Щоб користуватися порталом, не потрібно реєструватися, і ми не просимо персональних даних. Сервер записує лише технічні дані, потрібні для роботи та безпеки (наприклад, час запиту й запитану сторінку), без змісту того, що ви пишете.
privacy-cookies-title = Файли cookie
privacy-cookies-text = Ми використовуємо лише технічні файли cookie: один запам’ятовує вибрану вами мову, інший захищає форми від підроблених запитів. Ми не використовуємо файли cookie для профілювання чи сторонні засоби відстеження.
privacy-rights-title = Ваші права
privacy-rights-text = Ви можете попросити доступ до своїх даних, їх виправлення або видалення, а також заперечити проти їх обробки, написавши на { $email }. Ви також можете подати скаргу до Італійського органу із захисту персональних даних (Garante per la protezione dei dati personali).
privacy-rights-nocontact = Ви можете попросити доступ до своїх даних, їх виправлення або видалення, а також заперечити проти їх обробки, звернувшись до організації, яка керує цим сайтом і є контролером даних. Ви також можете подати скаргу до Італійського органу із захисту персональних даних (Garante per la protezione dei dati personali).
privacy-operators = Працівники служб мережі користуються закритим розділом з окремою інформацією щодо даних людей, яких вони супроводжують.

## Error pages
error-404-title = Сторінку не знайдено
error-404-text = Сторінки, яку ви шукаєте, не існує, або її переміщено.
error-500-title = Сталася помилка
error-500-text = Не вдалося виконати запит. Спробуйте ще раз за кілька хвилин.
error-back-home = Повернутися на головну сторінку
error-request-id = Код запиту: { $id }
error-403-title = Доступ заборонено
error-403-text = Не вдалося виконати запитану дію. Оновіть сторінку та спробуйте ще раз.
error-403-permission = Ваш профіль не дозволяє цю дію. Якщо ви вважаєте, що це помилка, зверніться до адміністратора мережі.
error-429-title = Забагато спроб
error-429-text = Ви надіслали забагато запитів за короткий час. Зачекайте кілька хвилин і спробуйте ще раз.
error-400-title = Недійсний запит
error-400-text = Надіслану форму неможливо прочитати або вона завелика. Перевірте файл і спробуйте ще раз.

## Services directory
dir-title = Послуги
dir-lead = Знайдіть найближчу установу чи службу, яка може вам допомогти і де розмовляють вашою мовою.
dir-filters = Фільтрувати послуги
dir-category = Тип послуги
dir-category-any = Усі типи
dir-place = Муніципалітет
dir-place-hint = Напишіть назву муніципалітету, наприклад, Torino.
dir-language = Мова спілкування
dir-language-any = Усі мови
dir-open-now = Відчинено зараз
dir-free = Лише безкоштовні послуги
dir-search = Показати послуги
dir-use-location = Використати моє місцезнаходження
dir-location-used = Упорядковано за відстанню від вашого місцезнаходження.
dir-place-used = Упорядковано за відстанню від { $place }.
dir-place-unknown = Ми не знаходимо муніципалітет «{ $place }»: перевірте назву або напишіть іншу.
dir-jump-map = Показати на карті
dir-nothing-near = У { $place } немає послуг за цими фільтрами: найближчі — приблизно за { $km } км.
dir-results = { $count ->
    [one] Знайдено { $count } послугу.
    [few] Знайдено { $count } послуги.
    [many] Знайдено { $count } послуг.
   *[other] Знайдено { $count } послуги.
}
dir-none = Жодна послуга не відповідає вибраним фільтрам. Спробуйте прибрати один фільтр або шукати в сусідньому муніципалітеті.
dir-map = Карта послуг
dir-map-hint = На карті показано послуги зі списку. Список працює і без карти.
dir-distance = за { $km } км
dir-open-until = Зараз відчинено, зачиняється о { $time }
dir-opens-today = Зараз зачинено, відчиниться сьогодні о { $time }
dir-opens-at = Зараз зачинено. Відчиниться: { $day }, о { $time }
dir-hours-unknown = Години роботи не вказано
dir-temporarily-closed = Тимчасово зачинено
dir-free-badge = Безкоштовно
dir-languages = Мови спілкування
dir-pagination = Сторінки результатів
dir-page-prev = Попередня сторінка
dir-page-next = Наступна сторінка
dir-page-of = Сторінка { $page } з { $pages }
dir-address = Адреса
dir-hours = Години роботи
dir-phone = Телефон
dir-email = Електронна пошта
dir-website = Вебсайт
dir-documents = Які документи взяти з собою
dir-accessibility = Доступність
dir-cost = Вартість
dir-directions = Як дістатися
dir-verified = Інформацію перевірено { $date }.
dir-not-verified = Редакція ще не перевірила цю інформацію.
dir-organization = Організація
dir-back = Повернутися до списку послуг
dir-how-to-apply = Як отримати послугу
dir-eligibility = Для кого
dir-where = Де знаходиться
dir-closed-day = зачинено
dir-not-translated = Цю сторінку ще не перекладено вашою мовою. Мова сторінки: { $language }.
dir-machine-translated = Цю сторінку перекладено автоматично, і її ще не перевірено.
day-1 = понеділок
day-2 = вівторок
day-3 = середа
day-4 = четвер
day-5 = п’ятниця
day-6 = субота
day-7 = неділя
hours-every-weeks =
    { $n ->
        [1] щотижня
        [one] кожен { $n } тиждень
        [few] кожні { $n } тижні
        *[other] кожні { $n } тижнів
    }
hours-every-months =
    { $n ->
        [1] щомісяця
        [one] кожен { $n } місяць
        [few] кожні { $n } місяці
        *[other] кожні { $n } місяців
    }
hours-in-month = { $which } у місяці
hours-month-days = дні { $days } місяця
list-separator = { ", " }
hours-nth-1 = перший
hours-nth-2 = другий
hours-nth-3 = третій
hours-nth-4 = четвертий
hours-nth-5 = п’ятий
hours-nth-m1 = останній
hours-nth-m2 = передостанній
hours-nth-m3 = третій з кінця
hours-nth-m4 = четвертий з кінця
hours-nth-m5 = п’ятий з кінця
category-legal-permits = Дозволи на проживання та правові питання
category-health = Здоров’я
category-housing = Житло
category-work-training = Робота та навчання
category-italian-language = Курси італійської мови
category-school = Школа
category-social-services = Соціальні служби
category-mediation = Міжкультурне посередництво
category-anti-violence = Протидія насильству
category-asylum = Притулок і захист
category-family = Сім’я

## Guides and glossary
guides-title = Інструкції з процедур
guides-lead = Найпоширеніші процедури, пояснені крок за кроком: для кого вони, що робити, що взяти з собою, скільки це коштує і куди звертатися.
guides-categories = Теми
guides-glossary-link = Слова з цих процедур пояснено в словнику термінів
guides-back = Усі інструкції
guide-not-translated = Цю сторінку ще не повністю перекладено вашою мовою: деякі частини написані мовою { $language }.
guide-machine-translated = Цю сторінку перекладено автоматично, і людина її ще не перевірила.
guide-category-permits = Дозволи на проживання (permesso di soggiorno)
guide-category-residency = Місце проживання і реєстр населення (Anagrafe)
guide-category-health = Здоров’я
guide-category-tax = Податковий код (codice fiscale) і податки
guide-category-family = Сім’я
guide-category-education = Школа, навчання та італійська мова
guide-category-work = Робота
guide-category-citizenship = Громадянство
guide-category-protection = Міжнародний захист
guide-category-mobility = Водійське посвідчення (patente) і транспорт
guide-contents = На цій сторінці
guide-section-audience = Для кого це
guide-section-steps = Що робити
guide-section-documents = Що потрібно
guide-section-outcome = Що ви отримаєте
guide-section-timing = Строки і кінцеві дати
guide-section-costs = Скільки це коштує
guide-section-legal = Посилання на закони
guide-section-contacts = Контакти
guide-permit-types = Для людей, які мають:
guide-permit-any = будь-який дозвіл на проживання
guide-permit-work = дозвіл на проживання для роботи
guide-permit-family = дозвіл на проживання з сімейних причин
guide-permit-study = дозвіл на проживання для навчання
guide-permit-long_term_eu = довгостроковий дозвіл ЄС (permesso UE di lungo periodo)
guide-permit-asylum = притулок (статус біженця)
guide-permit-subsidiary_protection = додатковий захист (protezione sussidiaria)
guide-permit-special_protection = спеціальний захист (protezione speciale)
guide-permit-waiting_employment = дозвіл на час пошуку роботи (attesa occupazione)
guide-permit-none = поки що жодного дозволу
guide-where-to-go = Куди звертатися:
guide-official-pages = Офіційні сторінки:
guide-reviewed = Інформацію перевірено { $date }; наступна перевірка — до { $next }.
glossary-title = Словник термінів
glossary-lead = Слова про імміграцію та державні послуги, пояснені просто, в алфавітному порядку.
glossary-back = Увесь словник
glossary-in-italian = Італійською:
glossary-aliases = Також називають:
glossary-source = Джерело:
glossary-related = Див. також
glossary-guides = Інструкції, де про це йдеться
guide-print = Версія для друку
guide-print-title = Посібник для друку: вашою мовою та італійською
guide-print-qr = Скануйте код, щоб відкрити цей посібник на телефоні:
guide-pdf = Завантажити PDF (дві мови)

## Search (issue 6)
search-title = Пошук
search-label = Шукати посібники, послуги та слова
search-placeholder = напр., продовжити дозвіл на проживання
search-button = Шукати
search-results = { $count ->
    [one] { $count } результат за запитом «{ $query }»
    [few] { $count } результати за запитом «{ $query }»
    [many] { $count } результатів за запитом «{ $query }»
   *[other] { $count } результату за запитом «{ $query }»
}
search-kind-all = Усе
search-kind-guide = Посібники
search-kind-service = Послуги
search-kind-concept = Словник
search-did-you-mean = Можливо, ви мали на увазі:
search-none = Немає результатів за запитом «{ $query }».
search-none-help = Спробуйте інші слова або менше слів, перевірте написання чи почніть із посібників і словника.
search-suggested = Посібники, які шукає багато людей
search-glossary = Переглянути словник слів про міграцію
search-near = Поблизу (муніципалітет)
search-near-unknown = Ми не знаємо муніципалітету «{ $place }»: результати не впорядковано за відстанню.
search-km = { $km } км
search-in-language = Мовою: { $language }
search-filter = Показати

## Documents for the person: consent form and the copy of their data
consent-title = Згода на передачу персональних даних
consent-intro = Я, { $name }, дозволяю організації { $agency } передавати мої персональні дані. Отримувач даних — { $recipient }. Мета — { $purpose }.
consent-any = будь-яка організація такого типу: { $kind }
consent-special = Згода стосується також особливих даних (здоров’я, вразливе становище).
consent-period = Згода діє з { $from } до { $until }.
consent-period-open = Згода діє з { $from }, доки я її не відкличу.
consent-withdraw = Я можу будь-коли відкликати згоду, звернувшись до організації { $agency }. Це не вплине на послуги, які я отримую. Відкликання діє на майбутнє.
consent-rights = Я маю право бачити свої дані, просити їх виправити або видалити, а також знати, хто їх бачив і хто їх отримав.
consent-place-date = Місце і дата
consent-signature = Підпис особи
consent-operator = Підпис працівника служби
consent-mediator = Підпис медіатора або медіаторки (за наявності)
consent-purpose-employment = робота та навчання
consent-purpose-health = здоров’я
consent-purpose-housing = житло
consent-purpose-legal = юридична допомога та оформлення документів
consent-purpose-education = школа та італійська мова
consent-purpose-social = соціальна підтримка та дохід
consent-kind-comune = муніципалітет
consent-kind-ente_gestore = місцеві соціальні служби
consent-kind-asl = місцева служба охорони здоров’я (ASL)
consent-kind-cpi = центр зайнятості
consent-kind-cpia = центр освіти дорослих (CPIA)
consent-kind-prefettura = префектура
consent-kind-questura = управління поліції (Questura)
consent-kind-school = школа
consent-kind-third_sector = громадська організація або кооператив
consent-kind-region = регіон
consent-kind-research_institute = університет або науково-дослідний інститут
dsr-title = Ваші персональні дані
dsr-intro = Це копія всіх даних про вас, які зберігає організація { $agency }, зі списком тих, хто їх бачив і хто їх отримав. Дата: { $date }.
dsr-identity = Хто ви
dsr-visits = Ваші візити до пункту прийому
dsr-cases = Ваші плани підтримки
dsr-bases = Ваші згоди та інші законні підстави для передачі ваших даних
dsr-recipients = Хто отримав ваші дані
dsr-access = Хто бачив або змінював ваші дані
dsr-none = Ніхто.
dsr-rights = Ви можете попросити в пункті прийому виправити або видалити ваші дані.

## The newcomer's app: saved pages, offline, share and act
saved-link = Ваші збережені сторінки
saved-title = Збережене на телефоні
saved-intro = Посібники та послуги, які ви зберігаєте, залишаються на цьому телефоні, і їх можна читати навіть без інтернету. Ніхто, навіть ми, не бачить цього списку.
saved-empty = Збережених сторінок поки немає. Відкрийте посібник або послугу й натисніть «Зберегти, щоб читати офлайн».
saved-noscript = Щоб зберігати сторінки на телефоні, у браузері має бути увімкнений JavaScript.
saved-kind-guide = Посібник
saved-kind-service = Послуга
save-offline = Зберегти, щоб читати офлайн
save-offline-done = Збережено: можна читати й без інтернету
save-offline-remove = Прибрати зі збережених
offline-title = Ви офлайн
offline-text = Цю сторінку не збережено на телефоні, а зараз немає інтернету. Ви можете читати збережені сторінки.
share-title = Поділитися цією сторінкою
share-whatsapp = Надіслати через WhatsApp
share-sms = Надіслати через SMS
share-native = Поділитися…
share-copy = Скопіювати посилання
share-copied = Посилання скопійовано
share-address = Адреса сторінки
share-qr = Показати QR-код
share-qr-caption = Наведіть камеру іншого телефона на код, щоб відкрити цю сторінку.
act-call = Зателефонувати
act-whatsapp = Написати в WhatsApp
act-directions = Маршрут
act-map = Відкрити карту
listen = Слухати
listen-stop = Зупинити читання

## Was this useful? Report wrong information
feedback-back = Повернутися на сторінку
feedback-title = Чи була ця сторінка корисною для вас?
feedback-yes = Так
feedback-no = Ні
feedback-report = Повідомити про неправильну інформацію
feedback-report-label = Що неправильно або чого бракує?
feedback-report-hint = Повідомлення анонімне: не пишіть персональних даних (ім’я, документи, телефон).
feedback-send = Надіслати повідомлення
feedback-thanks = Дякуємо! Редакція прочитає вашу відповідь.
feedback-empty = Напишіть, що неправильно або чого бракує.
feedback-too-long = Повідомлення задовге. Максимальна кількість символів: { $max }.

## A guide's "in brief" box
guide-brief-title = Коротко
guide-brief-who = Для кого
guide-brief-bring = Що взяти з собою
guide-brief-cost = Скільки коштує
guide-brief-time = Скільки часу
guide-brief-where = Куди звертатися

## Your city: the portal by municipality
city-title = Ваше місто
city-lead = Виберіть муніципалітет (comune), де ви живете: ви побачите пункти прийому для іноземців, найближчі послуги та посібники. Цей вибір зберігається лише на цьому телефоні.
city-choose-label = Ваш муніципалітет
city-choose-button = Перейти
city-locate = Використати моє місцезнаходження
city-list-title = Муніципалітети, де є послуги мережі
city-unknown = Ми не знаходимо муніципалітет «{ $place }». Перевірте написання або виберіть зі списку.
city-change = Змінити муніципалітет
city-remembered = Цей муніципалітет запам’ятовується лише на цьому телефоні.
city-desks = Пункти прийому щодо дозволів і правових питань
city-no-desk = У цьому муніципалітеті немає пункту прийому: перегляньте найближчі послуги.
city-nearby = Послуги поблизу
city-all-services = Усі послуги поблизу — на карті
city-guides = Інструкції з процедур
city-yours = Ваше місто:
city-choose-link = Виберіть своє місто

# Certificate verification (public)
verify-title = Перевірити сертифікат
verify-lead = Введіть код, надрукований на сертифікаті про навчання, щоб побачити, чи він дійсний, кому виданий і за який курс.
verify-code-label = Код сертифіката
verify-code-hint = Десять літер і цифр, наприклад ABCDE-12345. Великі чи малі літери та дефіси не мають значення.
verify-submit = Перевірити
verify-malformed = Це не код сертифіката: перевірте, чи ви ввели його повністю.
verify-unknown = Сертифіката з кодом { $code } немає.
verify-valid = Сертифікат дійсний.
verify-revoked = Сертифікат відкликано { $date }.
verify-holder = Виданий
verify-course = Курс
verify-hours = Години
verify-dates = Дати
verify-issuer = Видав
verify-issued = Дата видачі
verify-code = Код

## Needs survey by public link (partner bodies without an account)
survey-public-lead = Відповіді потрібні, щоб планувати навчання працівників служб. Ми не питаємо вашого імені: зберігаємо лише тип організації, професію та провінцію.
survey-about-you = Хто відповідає
survey-agency-kind = Тип організації
survey-profession = Професія
survey-province = Провінція
survey-province-hint = Її скорочення, наприклад TO.
survey-choose = Виберіть
survey-required = обов’язково
survey-scale-hint = Від 1 (зовсім ні) до 5 (дуже сильно).
survey-rank-hint = Дайте кожному пункту місце від 1 (найважливіше) до { $count }, кожне місце лише один раз.
survey-place = Місце пункту «{ $choice }»
survey-submit = Надіслати відповіді
survey-thanks-title = Дякуємо
survey-thanks = Ваші відповіді збережено. Можете закрити цю сторінку.
survey-closed = Зараз це опитування не приймає відповідей.
survey-error-summary = Деякі відповіді треба виправити: { $count }.
survey-error-missing = Дайте відповідь на це питання.
survey-error-unknown = Виберіть один із запропонованих варіантів.
survey-error-scale = Виберіть значення від 1 до 5.
survey-error-ranking = Дайте кожному пункту інше місце, від 1 до { $count }.
survey-error-too-long = Відповідь задовга. Максимальна кількість символів: { $max }.
survey-error-agency-kind = Виберіть тип організації.
survey-error-profession = Виберіть професію.
survey-error-province = Напишіть скорочення італійської провінції, наприклад TO.
survey-profession-front_office = працівник пункту прийому
survey-profession-social_worker = соціальний працівник
survey-profession-legal_operator = юридичний консультант
survey-profession-health_operator = медичний працівник
survey-profession-mediator = міжкультурний медіатор
survey-profession-coordinator = координатор
survey-profession-trainer = тренер
survey-profession-editor = редактор
survey-profession-translator = перекладач
survey-profession-analyst = аналітик
survey-profession-administrator = адміністратор
survey-profession-other = інша професія
