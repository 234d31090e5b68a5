# Crocevia — user-interface strings (Spanish).

## Language names, each written in its own language (used by the language switcher).
language-name = Español

## Layout
site-tagline = Información y servicios para la integración de las personas nacionales de terceros países
skip-to-content = Ir al contenido principal
skip-to-footer = Ir al pie de página
lang-switcher-label = Idioma
lang-switcher-current = Idioma de la página: { $language }
menu-label = Menú principal
menu-toggle = Mostrar u ocultar el menú
nav-home = Inicio
nav-guides = Guías
nav-services = Servicios
nav-glossary = Glosario
nav-search = Buscar
demo-notice = Sitio de demostración: los contactos y las direcciones de los servicios son ejemplos. Para los trámites oficiales, diríjase a las oficinas indicadas.
external-link = (sitio externo)

## Home page
home-title = Encuentre el trámite adecuado y el servicio más cercano, en su idioma
home-lead = { $network } conecta en red las ventanillas de atención, los servicios sociales, sanitarios y jurídicos y el personal de mediación intercultural de la región. Aquí encontrará información clara sobre los trámites más comunes y los contactos para pedir ayuda.
home-topics-title = Los trámites más solicitados
home-topics-lead = Una primera explicación de los trámites sobre los que la gente pregunta con más frecuencia en las ventanillas. Las normas pueden cambiar: consulte siempre con la oficina competente.
topic-where = Dónde acudir: { $office }
topic-permit-title = Renovación del permiso de residencia
topic-permit-text = La renovación se solicita antes de la fecha de vencimiento, normalmente al menos 60 días antes. Para muchos tipos de permiso, la solicitud se envía con el kit postal (kit postale) desde las oficinas de correos habilitadas; para otros, se presenta directamente en la Jefatura de Policía (Questura).
topic-permit-office = Jefatura de Policía (Questura) u oficina de correos habilitada (Sportello Amico)
topic-residence-title = Empadronamiento (residencia)
topic-residence-text = Inscribirse en el padrón (anagrafe) del municipio (Comune) donde vive es un derecho y da acceso a muchos servicios, desde la tarjeta de identidad hasta los servicios sociales. Necesita un documento de identidad, el permiso de residencia (o el resguardo de la solicitud de renovación) y la dirección de su vivienda.
topic-residence-office = Oficina del padrón (anagrafe) del municipio (Comune)
topic-health-title = Asistencia sanitaria y médico de cabecera
topic-health-text = Con el permiso de residencia, usted se inscribe en el Servicio Sanitario Nacional (Servizio sanitario nazionale) y elige el médico de cabecera (medico di base) o el pediatra. Las personas sin un permiso válido tienen igualmente derecho a la atención urgente y esencial con el código STP.
topic-health-office = Agencia sanitaria local (ASL), ventanilla de elección y cambio de médico
topic-italian-title = Cursos de lengua italiana
topic-italian-text = Los centros provinciales de educación de personas adultas (CPIA) organizan cursos de italiano gratuitos para personas adultas, desde el nivel inicial, y el examen de lengua italiana que se exige para algunos permisos.
topic-italian-office = CPIA, centro provincial de educación de personas adultas (Centro provinciale per l'istruzione degli adulti)
topic-work-title = Trabajo y formación
topic-work-text = El centro de empleo (Centro per l'impiego) le ayuda a buscar trabajo, a presentar la declaración de disponibilidad inmediata para trabajar y a encontrar cursos de formación y prácticas.
topic-work-office = Centro de empleo (Centro per l'impiego, CPI)
topic-family-title = Reagrupación familiar
topic-family-text = Para traer a Italia a su cónyuge, a sus hijos e hijas o a sus padres a cargo, se solicita en línea la autorización (nulla osta) a la Ventanilla única de inmigración (Sportello unico per l'immigrazione). Se necesita una vivienda adecuada y unos ingresos mínimos.
topic-family-office = Ventanilla única de inmigración (Sportello unico per l'immigrazione) de la Prefectura (Prefettura)
home-desk-title = La ventanilla única: un solo lugar para empezar
home-desk-text = En la ventanilla única, un equipo de profesionales del ámbito social, jurídico y sanitario y de mediación intercultural escucha su situación, le orienta y, si es necesario, le acompaña a los demás servicios. El servicio es gratuito.
home-desk-point-info = Información y orientación sobre los servicios de la zona
home-desk-point-legal = Asesoramiento jurídico sobre permisos, ciudadanía y asilo
home-desk-point-health = Orientación sobre los servicios sanitarios
home-desk-point-mediation = Mediación intercultural en su idioma
home-desk-bring = Traiga los documentos que tenga: pasaporte, permiso de residencia o resguardo, código fiscal (codice fiscale).
home-contact-title = Contactos
home-contact-address = Dirección
home-contact-phone = Teléfono
home-contact-email = Correo electrónico
home-contact-hours = Horario
home-help-title = Números útiles y gratuitos
help-112 = Número único de emergencias: policía, carabinieri, bomberos, ambulancia
help-1522 = Contra la violencia y el acoso (stalking): disponible las 24 horas del día, también en otros idiomas
help-antitratta = Teléfono gratuito contra la trata de personas: anónimo, disponible las 24 horas del día, en varios idiomas
home-languages-title = En su idioma
home-languages-text = Este sitio está disponible en varios idiomas. Elija el suyo en el menú «Idioma», arriba: seguirá en la misma página.

## Footer
footer-about = { $network } es una plataforma abierta para la red de servicios de acogida e integración.
footer-funding = Realizado en el marco de proyectos financiados por el Fondo de Asilo, Migración e Integración (FAMI) de la Unión Europea.
footer-accessibility = Declaración de accesibilidad
footer-privacy = Información sobre privacidad
footer-api = API y datos abiertos
footer-legal-title = Aviso legal

## Accessibility declaration
accessibility-title = Declaración de accesibilidad
accessibility-intro = { $network } se compromete a hacer accesible este sitio, de conformidad con la ley italiana n.º 4, de 9 de enero de 2004, y con la Directiva (UE) 2016/2102.
accessibility-status-title = Situación de cumplimiento
accessibility-status-text = El sitio está diseñado para cumplir los requisitos de la norma EN 301 549 y las pautas WCAG 2.1 de nivel AA. Cada versión se comprueba con pruebas automáticas en un navegador real en italiano, inglés y árabe; las comprobaciones manuales continúan.
accessibility-features-title = Qué hacemos por la accesibilidad
accessibility-feature-languages = textos en varios idiomas, con la dirección de lectura correcta para el árabe y el urdu;
accessibility-feature-keyboard = navegación completa con el teclado, con un enlace para saltar al contenido;
accessibility-feature-nojs = páginas que funcionan también sin JavaScript y con conexiones lentas;
accessibility-feature-contrast = contraste de colores y tamaño del texto adecuados.
accessibility-feedback-title = Comunicar problemas
accessibility-feedback-text = Si encuentra algún contenido que no es accesible, escriba a { $email }. Le responderemos en un plazo de 30 días.
accessibility-feedback-nocontact = Si encuentra algún contenido que no es accesible, comuníquelo a la entidad que gestiona este sitio. Le responderá en un plazo de 30 días.
accessibility-enforcement-title = Procedimiento de aplicación
accessibility-enforcement-text = Si la respuesta no es satisfactoria o no llega en un plazo de 30 días, puede presentar una reclamación al Defensor Cívico para lo Digital (Difensore civico per il digitale) de la Agencia para la Italia Digital (AgID).

## Privacy notice
privacy-title = Información sobre privacidad
privacy-intro = Esta información explica cómo { $network } trata los datos de quienes visitan el portal público, de acuerdo con el Reglamento (UE) 2016/679 (RGPD).
privacy-data-title = Qué datos tratamos
privacy-data-text = Para consultar el portal no tiene que registrarse y no le pedimos datos personales. El servidor registra solo los datos técnicos necesarios para el funcionamiento y la seguridad (por ejemplo, la hora de la solicitud y la página solicitada), sin el contenido de lo que usted escribe.
privacy-cookies-title = Cookies
privacy-cookies-text = Solo usamos cookies técnicas: una recuerda el idioma que ha elegido y otra protege los formularios contra solicitudes falsificadas. No usamos cookies de elaboración de perfiles ni herramientas de seguimiento de terceros.
privacy-rights-title = Sus derechos
privacy-rights-text = Puede solicitar el acceso, la rectificación o la supresión de sus datos y oponerse a su tratamiento escribiendo a { $email }. También puede presentar una reclamación ante la Autoridad italiana de protección de datos personales (Garante per la protezione dei dati personali).
privacy-rights-nocontact = Puede solicitar el acceso, la rectificación o la supresión de sus datos y oponerse a su tratamiento dirigiéndose a la entidad que gestiona este sitio, que es la responsable del tratamiento. También puede presentar una reclamación ante la Autoridad italiana de protección de datos personales (Garante per la protezione dei dati personali).
privacy-operators = El personal de los servicios de la red utiliza un área reservada, con una información específica sobre los datos de las personas a las que atiende.

## Error pages
error-404-title = Página no encontrada
error-404-text = La página que busca no existe o se ha trasladado.
error-500-title = Se ha producido un error
error-500-text = No se ha podido completar la solicitud. Vuelva a intentarlo dentro de unos minutos.
error-back-home = Volver a la página de inicio
error-request-id = Código de la solicitud: { $id }
error-403-title = Acceso no permitido
error-403-text = No se ha podido realizar la operación solicitada. Vuelva a cargar la página e inténtelo de nuevo.
error-403-permission = Su perfil no permite esta operación. Si cree que es un error, póngase en contacto con el administrador de la red.
error-429-title = Demasiados intentos
error-429-text = Ha hecho demasiadas solicitudes en poco tiempo. Espere unos minutos y vuelva a intentarlo.
error-400-title = Solicitud no válida
error-400-text = El formulario enviado no se puede leer o es demasiado grande. Compruebe el archivo y vuelva a intentarlo.

## Services directory
dir-title = Servicios
dir-lead = Encuentre la oficina o el servicio más cercano que puede ayudarle y que habla su idioma.
dir-filters = Filtrar los servicios
dir-category = Tipo de servicio
dir-category-any = Todos los tipos
dir-place = Municipio
dir-place-hint = Escriba el nombre del municipio, por ejemplo Torino.
dir-language = Idioma de atención
dir-language-any = Todos los idiomas
dir-open-now = Abierto ahora
dir-free = Solo servicios gratuitos
dir-search = Mostrar los servicios
dir-use-location = Usar mi ubicación
dir-location-used = Ordenados por distancia desde su ubicación.
dir-place-used = Ordenados por distancia desde { $place }.
dir-place-unknown = No encontramos el municipio «{ $place }»: compruebe el nombre o escriba otro.
dir-jump-map = Ver en el mapa
dir-nothing-near = Ningún servicio en { $place } coincide con los filtros: los más cercanos están a unos { $km } km.
dir-results = { $count ->
    [one] Se ha encontrado un servicio.
   *[other] Se han encontrado { $count } servicios.
}
dir-none = Ningún servicio coincide con los filtros elegidos. Pruebe a quitar un filtro o a buscar en un municipio cercano.
dir-map = Mapa de los servicios
dir-map-hint = El mapa muestra los servicios de la lista. La lista también funciona sin el mapa.
dir-distance = a { $km } km
dir-open-until = Abierto ahora, cierra a las { $time }
dir-opens-today = Cerrado ahora, abre hoy a las { $time }
dir-opens-at = Cerrado ahora, abre el { $day } a las { $time }
dir-hours-unknown = Horario no indicado
dir-temporarily-closed = Cerrado temporalmente
dir-free-badge = Gratuito
dir-languages = Idiomas de atención
dir-pagination = Páginas de resultados
dir-page-prev = Página anterior
dir-page-next = Página siguiente
dir-page-of = Página { $page } de { $pages }
dir-address = Dirección
dir-hours = Horario de atención
dir-phone = Teléfono
dir-email = Correo electrónico
dir-website = Sitio web
dir-documents = Documentos que debe traer
dir-accessibility = Accesibilidad
dir-cost = Precio
dir-directions = Cómo llegar
dir-verified = Información verificada el { $date }.
dir-not-verified = Información aún no verificada por la redacción.
dir-organization = Entidad
dir-back = Volver a la lista de servicios
dir-how-to-apply = Cómo acceder
dir-eligibility = A quién se dirige
dir-where = Dónde se encuentra
dir-closed-day = cerrado
dir-not-translated = Esta ficha aún no está traducida a su idioma. Idioma que se muestra: { $language }.
dir-machine-translated = Esta ficha se ha traducido automáticamente y aún no se ha revisado.
day-1 = lunes
day-2 = martes
day-3 = miércoles
day-4 = jueves
day-5 = viernes
day-6 = sábado
day-7 = domingo
hours-every-weeks =
    { $n ->
        [1] cada semana
        *[other] cada { $n } semanas
    }
hours-every-months =
    { $n ->
        [1] cada mes
        *[other] cada { $n } meses
    }
hours-in-month = { $which } del mes
hours-month-days = días { $days } del mes
list-separator = { ", " }
hours-nth-1 = primero
hours-nth-2 = segundo
hours-nth-3 = tercero
hours-nth-4 = cuarto
hours-nth-5 = quinto
hours-nth-m1 = último
hours-nth-m2 = penúltimo
hours-nth-m3 = antepenúltimo
hours-nth-m4 = cuarto desde el final
hours-nth-m5 = quinto desde el final
category-legal-permits = Permisos de residencia y asuntos legales
category-health = Salud
category-housing = Vivienda
category-work-training = Trabajo y formación
category-italian-language = Cursos de italiano
category-school = Escuela
category-social-services = Servicios sociales
category-mediation = Mediación intercultural
category-anti-violence = Contra la violencia
category-asylum = Asilo y protección
category-family = Familia

## Guides and glossary
guides-title = Guías de trámites
guides-lead = Los trámites más comunes explicados paso a paso: para quién son, qué hacer, qué llevar, cuánto cuestan y adónde ir.
guides-categories = Temas
guides-glossary-link = Las palabras de estos trámites, explicadas en el glosario
guides-back = Todas las guías
guide-not-translated = Esta página todavía no está traducida del todo a tu idioma: algunas partes están en { $language }.
guide-machine-translated = Esta página se tradujo automáticamente y todavía no la ha revisado una persona.
guide-category-permits = Permisos de residencia (permesso di soggiorno)
guide-category-residency = Residencia y registro municipal (Anagrafe)
guide-category-health = Salud
guide-category-tax = Código fiscal (codice fiscale) e impuestos
guide-category-family = Familia
guide-category-education = Escuela, estudios e idioma italiano
guide-category-work = Trabajo
guide-category-citizenship = Ciudadanía
guide-category-protection = Protección internacional
guide-category-mobility = Permiso de conducir (patente) y transporte
guide-contents = En esta página
guide-section-audience = Para quién es
guide-section-steps = Qué hacer
guide-section-documents = Qué necesitas
guide-section-outcome = Qué obtienes
guide-section-timing = Plazos y fechas límite
guide-section-costs = Cuánto cuesta
guide-section-legal = Referencias legales
guide-section-contacts = Contactos
guide-permit-types = Para personas con:
guide-permit-any = cualquier permiso de residencia
guide-permit-work = permiso de residencia por trabajo
guide-permit-family = permiso de residencia por motivos familiares
guide-permit-study = permiso de residencia por estudios
guide-permit-long_term_eu = permiso UE de larga duración (permesso UE di lungo periodo)
guide-permit-asylum = asilo (estatus de refugiado)
guide-permit-subsidiary_protection = protección subsidiaria (protezione sussidiaria)
guide-permit-special_protection = protección especial (protezione speciale)
guide-permit-waiting_employment = permiso para buscar trabajo (attesa occupazione)
guide-permit-none = ningún permiso (todavía)
guide-where-to-go = Adónde ir:
guide-official-pages = Páginas oficiales:
guide-reviewed = Contenido revisado el { $date }; próxima revisión antes del { $next }.
glossary-title = Glosario
glossary-lead = Las palabras de la inmigración y de los servicios públicos, explicadas de forma sencilla y en orden alfabético.
glossary-back = Todo el glosario
glossary-in-italian = En italiano:
glossary-aliases = También se dice:
glossary-source = Fuente:
glossary-related = Ver también
glossary-guides = Guías que hablan de esto
guide-print = Versión para imprimir
guide-print-title = Guía para imprimir: en tu idioma y en italiano
guide-print-qr = Escanea el código para abrir esta guía en el teléfono:
guide-pdf = Descargar el PDF (dos idiomas)

## Search (issue 6)
search-title = Buscar
search-label = Buscar guías, servicios y palabras
search-placeholder = p. ej., renovar el permiso de residencia
search-button = Buscar
search-results = { $count ->
    [one] 1 resultado para «{ $query }»
   *[other] { $count } resultados para «{ $query }»
}
search-kind-all = Todo
search-kind-guide = Guías
search-kind-service = Servicios
search-kind-concept = Glosario
search-did-you-mean = Quizás quisiste decir:
search-none = No hay resultados para «{ $query }».
search-none-help = Prueba con otras palabras o con menos palabras, revisa cómo están escritas o empieza por las guías y el glosario.
search-suggested = Guías que busca mucha gente
search-glossary = Explora el glosario de palabras de la migración
search-near = Cerca de (municipio)
search-near-unknown = No conocemos el municipio «{ $place }»: los resultados no están ordenados por distancia.
search-km = { $km } km
search-in-language = En { $language }
search-filter = Mostrar

## Documents for the person: consent form and the copy of their data
consent-title = Consentimiento para comunicar datos personales
consent-intro = Yo, { $name }, autorizo a { $agency } a comunicar mis datos personales a { $recipient } para este fin: { $purpose }.
consent-any = cualquier entidad de este tipo: { $kind }
consent-special = El consentimiento incluye también los datos sensibles (salud, situaciones de vulnerabilidad).
consent-period = El consentimiento es válido desde el { $from } hasta el { $until }.
consent-period-open = El consentimiento es válido desde el { $from } hasta que yo lo retire.
consent-withdraw = Puedo retirar el consentimiento en cualquier momento, sin consecuencias para los servicios que recibo, dirigiéndome a { $agency }. La retirada tiene efecto para el futuro.
consent-rights = Tengo derecho a ver mis datos, a pedir que se corrijan o se borren y a saber quién los ha visto y quién los ha recibido.
consent-place-date = Lugar y fecha
consent-signature = Firma de la persona
consent-operator = Firma del profesional
consent-mediator = Firma del mediador o de la mediadora (si está presente)
consent-purpose-employment = trabajo y formación
consent-purpose-health = salud
consent-purpose-housing = vivienda
consent-purpose-legal = asistencia jurídica y trámites
consent-purpose-education = escuela e idioma italiano
consent-purpose-social = apoyo social e ingresos
consent-kind-comune = municipio
consent-kind-ente_gestore = servicios sociales del territorio
consent-kind-asl = agencia sanitaria local (ASL)
consent-kind-cpi = centro de empleo
consent-kind-cpia = centro de educación de personas adultas (CPIA)
consent-kind-prefettura = Prefectura
consent-kind-questura = Jefatura de Policía (Questura)
consent-kind-school = escuela
consent-kind-third_sector = asociación o cooperativa
consent-kind-region = Región
consent-kind-research_institute = universidad o instituto de investigación
dsr-title = Sus datos personales
dsr-intro = Esta es la copia de todos los datos que { $agency } conserva sobre usted, con la lista de quién los ha visto y quién los ha recibido. Fecha: { $date }.
dsr-identity = Quién es usted
dsr-visits = Sus visitas a la ventanilla
dsr-cases = Sus procesos de acompañamiento
dsr-bases = Sus consentimientos y las otras bases legales para comunicar sus datos
dsr-recipients = Quién ha recibido sus datos
dsr-access = Quién ha visto o modificado sus datos
dsr-none = Nadie.
dsr-rights = Puede pedir en la ventanilla que corrijan o borren sus datos.

## The newcomer's app: saved pages, offline, share and act
saved-link = Sus páginas guardadas
saved-title = Guardados en el teléfono
saved-intro = Las guías y los servicios que guarda se quedan en este teléfono y puede leerlos también sin conexión. Nadie, ni siquiera nosotros, ve esta lista.
saved-empty = Todavía no ha guardado nada. Abra una guía o un servicio y pulse «Guardar para leer sin conexión».
saved-noscript = Para guardar las páginas en el teléfono, JavaScript tiene que estar activado en el navegador.
saved-kind-guide = Guía
saved-kind-service = Servicio
save-offline = Guardar para leer sin conexión
save-offline-done = Guardado: se puede leer también sin conexión
save-offline-remove = Quitar de guardados
offline-title = Está sin conexión
offline-text = Esta página no está guardada en el teléfono y ahora no hay conexión. Puede leer las páginas que ha guardado.
share-title = Compartir esta página
share-whatsapp = Enviar por WhatsApp
share-sms = Enviar por SMS
share-native = Compartir…
share-copy = Copiar el enlace
share-copied = Enlace copiado
share-address = Dirección de la página
share-qr = Mostrar el código QR
share-qr-caption = Escanee el código con otro teléfono para abrir esta página.
act-call = Llamar
act-whatsapp = Escribir por WhatsApp
act-directions = Cómo llegar
act-map = Abrir el mapa
listen = Escuchar
listen-stop = Detener la lectura

## Was this useful? Report wrong information
feedback-back = Volver a la página
feedback-title = ¿Le ha sido útil esta página?
feedback-yes = Sí
feedback-no = No
feedback-report = Avisar de información incorrecta
feedback-report-label = ¿Qué está mal o qué falta?
feedback-report-hint = El aviso es anónimo: no escriba datos personales (nombre, documentos, teléfono).
feedback-send = Enviar el aviso
feedback-thanks = Gracias: la redacción leerá su respuesta.
feedback-empty = Escriba qué está mal o qué falta.
feedback-too-long = El aviso es demasiado largo: como máximo { $max } caracteres.

## A guide's "in brief" box
guide-brief-title = En breve
guide-brief-who = Para quién
guide-brief-bring = Qué llevar
guide-brief-cost = Cuánto cuesta
guide-brief-time = Cuánto tiempo
guide-brief-where = Dónde

## Your city: the portal by municipality
city-title = Su ciudad
city-lead = Elija el municipio (comune) donde vive: verá las ventanillas para extranjeros, los servicios más cercanos y las guías. La elección se queda solo en este teléfono.
city-choose-label = Su municipio
city-choose-button = Ir
city-locate = Usar mi ubicación
city-list-title = Municipios con servicios en la red
city-unknown = No encontramos el municipio «{ $place }». Compruebe cómo está escrito o elija de la lista.
city-change = Cambiar de municipio
city-remembered = Este municipio se recuerda solo en este teléfono.
city-desks = Ventanillas para permisos y asuntos legales
city-no-desk = En este municipio no hay ninguna ventanilla: consulte los servicios más cercanos.
city-nearby = Servicios cercanos
city-all-services = Todos los servicios cercanos, en el mapa
city-guides = Guías de trámites
city-yours = Su ciudad:
city-choose-link = Elija su ciudad

# Certificate verification (public)
verify-title = Verificar un certificado
verify-lead = Escribe el código impreso en el certificado de formación para ver si es válido, de quién es y de qué curso.
verify-code-label = Código del certificado
verify-code-hint = Diez letras y cifras, por ejemplo ABCDE-12345. Mayúsculas, minúsculas y guiones no importan.
verify-submit = Verificar
verify-malformed = Esto no es un código de certificado: comprueba que lo has escrito entero.
verify-unknown = Ningún certificado tiene el código { $code }.
verify-valid = Certificado válido.
verify-revoked = Certificado revocado el { $date }.
verify-holder = Expedido a
verify-course = Curso
verify-hours = Horas
verify-dates = Fechas
verify-issuer = Expedido por
verify-issued = Fecha de expedición
verify-code = Código

## Needs survey by public link (partner bodies without an account)
survey-public-lead = Las respuestas sirven para planificar la formación del personal de los servicios. No le pedimos su nombre: solo guardamos el tipo de entidad, la profesión y la provincia.
survey-about-you = Quién responde
survey-agency-kind = Tipo de entidad
survey-profession = Profesión
survey-province = Provincia
survey-province-hint = La sigla, por ejemplo TO.
survey-choose = Elija
survey-required = obligatoria
survey-scale-hint = Del 1 (nada) al 5 (muchísimo).
survey-rank-hint = Dé a cada elemento un puesto, del 1 (el más importante) al { $count }, cada puesto una sola vez.
survey-place = Puesto de «{ $choice }»
survey-submit = Enviar las respuestas
survey-thanks-title = Gracias
survey-thanks = Sus respuestas se han registrado. Puede cerrar esta página.
survey-closed = Este cuestionario no acepta respuestas en este momento.
survey-error-summary = Algunas respuestas deben corregirse: { $count }.
survey-error-missing = Responda a esta pregunta.
survey-error-unknown = Elija una de las opciones propuestas.
survey-error-scale = Elija un valor del 1 al 5.
survey-error-ranking = Dé a cada elemento un puesto distinto, del 1 al { $count }.
survey-error-too-long = La respuesta es demasiado larga: como máximo { $max } caracteres.
survey-error-agency-kind = Elija el tipo de entidad.
survey-error-profession = Elija la profesión.
survey-error-province = Escriba la sigla de una provincia italiana, por ejemplo TO.
survey-profession-front_office = técnico de atención al público
survey-profession-social_worker = trabajador social
survey-profession-legal_operator = asesor jurídico
survey-profession-health_operator = profesional sanitario
survey-profession-mediator = mediador intercultural
survey-profession-coordinator = coordinador
survey-profession-trainer = formador
survey-profession-editor = redactor
survey-profession-translator = traductor
survey-profession-analyst = analista
survey-profession-administrator = administrador
survey-profession-other = otra profesión
