# Crocevia — user-interface strings (Italian, the source language).
# Every shipped language must define every message of this file: a test enforces it.

## Language names, each written in its own language (used by the language switcher).
language-name = Italiano

## Layout
site-tagline = Informazioni e servizi per l'integrazione dei cittadini di Paesi terzi
skip-to-content = Vai al contenuto principale
skip-to-footer = Vai al piè di pagina
lang-switcher-label = Lingua
lang-switcher-current = Lingua della pagina: { $language }
menu-label = Menu principale
menu-toggle = Mostra o nascondi il menu
nav-home = Home
nav-guides = Guide
nav-services = Servizi
nav-glossary = Glossario
nav-search = Cerca
demo-notice = Sito dimostrativo: i contatti e gli indirizzi dei servizi sono di esempio. Per le procedure ufficiali rivolgiti agli uffici indicati.
external-link = (sito esterno)

## Home page
home-title = Trova la procedura giusta e il servizio più vicino, nella tua lingua
home-lead = { $network } mette in rete gli sportelli, i servizi sociali, sanitari e legali e i mediatori interculturali della regione. Qui trovi informazioni chiare sulle procedure più comuni e i contatti per chiedere aiuto.
home-topics-title = Le procedure più richieste
home-topics-lead = Una prima spiegazione delle pratiche che le persone chiedono più spesso agli sportelli. Le regole possono cambiare: verifica sempre con l'ufficio competente.
topic-where = Dove rivolgersi: { $office }
topic-permit-title = Rinnovo del permesso di soggiorno
topic-permit-text = Il rinnovo si chiede prima della scadenza, di norma almeno 60 giorni prima. Per molti tipi di permesso la domanda si spedisce con il kit postale dagli uffici postali abilitati; per altri si presenta direttamente in Questura.
topic-permit-office = Questura o ufficio postale abilitato (Sportello Amico)
topic-residence-title = Iscrizione anagrafica (residenza)
topic-residence-text = Iscriversi all'anagrafe del Comune in cui vivi è un diritto e apre l'accesso a molti servizi, dalla carta d'identità ai servizi sociali. Servono un documento, il permesso di soggiorno (o la ricevuta del rinnovo) e l'indirizzo dove abiti.
topic-residence-office = Ufficio anagrafe del Comune
topic-health-title = Assistenza sanitaria e medico di base
topic-health-text = Con il permesso di soggiorno ti iscrivi al Servizio sanitario nazionale e scegli il medico di base o il pediatra. Chi non ha un permesso valido ha comunque diritto alle cure urgenti ed essenziali con il codice STP.
topic-health-office = Azienda sanitaria locale (ASL), sportello di scelta e revoca
topic-italian-title = Corsi di lingua italiana
topic-italian-text = I Centri provinciali per l'istruzione degli adulti organizzano corsi di italiano gratuiti per adulti, dal livello iniziale, e il test di lingua italiana richiesto per alcuni permessi.
topic-italian-office = CPIA, Centro provinciale per l'istruzione degli adulti
topic-work-title = Lavoro e formazione
topic-work-text = Il Centro per l'impiego ti aiuta a cercare lavoro, a rilasciare la dichiarazione di immediata disponibilità e a trovare corsi di formazione e tirocini.
topic-work-office = Centro per l'impiego (CPI)
topic-family-title = Ricongiungimento familiare
topic-family-text = Per far venire in Italia il coniuge, i figli o i genitori a carico si chiede il nulla osta online allo Sportello unico per l'immigrazione. Servono un alloggio idoneo e un reddito minimo.
topic-family-office = Sportello unico per l'immigrazione della Prefettura
home-desk-title = Lo sportello unico: un solo posto per cominciare
home-desk-text = Allo sportello unico un'équipe di operatori sociali, legali e sanitari e di mediatori interculturali ascolta la tua situazione, ti orienta e, se serve, ti accompagna verso gli altri servizi. Il servizio è gratuito.
home-desk-point-info = Informazione e orientamento sui servizi del territorio
home-desk-point-legal = Consulenza legale su permessi, cittadinanza e asilo
home-desk-point-health = Orientamento ai servizi sanitari
home-desk-point-mediation = Mediazione interculturale nella tua lingua
home-desk-bring = Porta con te i documenti che hai: passaporto, permesso di soggiorno o ricevuta, codice fiscale.
home-contact-title = Contatti
home-contact-address = Indirizzo
home-contact-phone = Telefono
home-contact-email = Email
home-contact-hours = Orari
home-help-title = Numeri utili, gratuiti
help-112 = Numero unico di emergenza: polizia, carabinieri, vigili del fuoco, ambulanza
help-1522 = Antiviolenza e stalking: attivo 24 ore su 24, anche in altre lingue
help-antitratta = Numero verde antitratta: anonimo, attivo 24 ore su 24, in più lingue
home-languages-title = Nella tua lingua
home-languages-text = Questo sito è disponibile in più lingue. Scegli la tua dal menu «Lingua» in alto: resterai sulla stessa pagina.

## Footer
footer-about = { $network } è una piattaforma aperta per la rete dei servizi di accoglienza e integrazione.
footer-funding = Realizzato nell'ambito di progetti finanziati dal Fondo Asilo, Migrazione e Integrazione (FAMI) dell'Unione europea.
footer-accessibility = Dichiarazione di accessibilità
footer-privacy = Informativa sulla privacy
footer-api = API e dati aperti
footer-legal-title = Note legali

## Accessibility declaration
accessibility-title = Dichiarazione di accessibilità
accessibility-intro = { $network } si impegna a rendere accessibile questo sito, in conformità alla legge 9 gennaio 2004, n. 4, e alla direttiva (UE) 2016/2102.
accessibility-status-title = Stato di conformità
accessibility-status-text = Il sito è progettato per essere conforme ai requisiti della norma EN 301 549 e alle linee guida WCAG 2.1 di livello AA. Ogni versione è verificata con test automatici in un browser reale in italiano, inglese e arabo; le verifiche manuali continuano.
accessibility-features-title = Cosa facciamo per l'accessibilità
accessibility-feature-languages = testi in più lingue, con la direzione di lettura corretta per l'arabo e l'urdu;
accessibility-feature-keyboard = navigazione completa da tastiera, con un collegamento per saltare al contenuto;
accessibility-feature-nojs = pagine che funzionano anche senza JavaScript e su connessioni lente;
accessibility-feature-contrast = contrasto dei colori e dimensioni del testo adeguati.
accessibility-feedback-title = Segnalazioni
accessibility-feedback-text = Se trovi un contenuto non accessibile, scrivi a { $email }. Ti risponderemo entro 30 giorni.
accessibility-feedback-nocontact = Se trovi un contenuto non accessibile, segnalalo all'ente che gestisce questo sito. Ti risponderà entro 30 giorni.
accessibility-enforcement-title = Procedura di attuazione
accessibility-enforcement-text = Se la risposta non è soddisfacente o non arriva entro 30 giorni, puoi fare una segnalazione al Difensore civico per il digitale presso l'Agenzia per l'Italia Digitale (AgID).

## Privacy notice
privacy-title = Informativa sulla privacy
privacy-intro = Questa informativa spiega come { $network } tratta i dati di chi visita il portale pubblico, ai sensi del Regolamento (UE) 2016/679 (GDPR).
privacy-data-title = Quali dati trattiamo
privacy-data-text = Per consultare il portale non devi registrarti e non ti chiediamo dati personali. Il server registra solo dati tecnici necessari al funzionamento e alla sicurezza (per esempio l'ora della richiesta e la pagina richiesta), senza il contenuto di quello che scrivi.
privacy-cookies-title = Cookie
privacy-cookies-text = Usiamo solo cookie tecnici: uno ricorda la lingua che hai scelto, uno protegge i moduli da richieste falsificate. Non usiamo cookie di profilazione né strumenti di tracciamento di terze parti.
privacy-rights-title = I tuoi diritti
privacy-rights-text = Puoi chiedere l'accesso, la rettifica o la cancellazione dei tuoi dati e opporti al trattamento scrivendo a { $email }. Puoi anche presentare reclamo al Garante per la protezione dei dati personali.
privacy-rights-nocontact = Puoi chiedere l'accesso, la rettifica o la cancellazione dei tuoi dati e opporti al trattamento rivolgendoti all'ente che gestisce questo sito, titolare del trattamento. Puoi anche presentare reclamo al Garante per la protezione dei dati personali.
privacy-operators = Gli operatori dei servizi della rete usano un'area riservata, con un'informativa specifica per i dati delle persone seguite.

## Error pages
error-404-title = Pagina non trovata
error-404-text = La pagina che cerchi non esiste o è stata spostata.
error-500-title = Si è verificato un errore
error-500-text = Non è stato possibile completare la richiesta. Riprova tra qualche minuto.
error-back-home = Torna alla pagina iniziale
error-request-id = Codice della richiesta: { $id }
error-403-title = Accesso non consentito
error-403-text = Non è stato possibile eseguire l'operazione richiesta. Ricarica la pagina e riprova.
error-403-permission = Il tuo profilo non consente questa operazione. Se pensi che sia un errore, rivolgiti all'amministratore della rete.
error-429-title = Troppi tentativi
error-429-text = Hai fatto troppe richieste in poco tempo. Attendi qualche minuto e riprova.
error-400-title = Richiesta non valida
error-400-text = Il modulo inviato non è leggibile o è troppo grande. Controlla il file e riprova.

## Services directory
dir-title = Servizi
dir-lead = Trova l'ufficio o il servizio più vicino che può aiutarti e che parla la tua lingua.
dir-filters = Filtra i servizi
dir-category = Tipo di servizio
dir-category-any = Tutti i tipi
dir-place = Comune
dir-place-hint = Scrivi il nome del comune, ad esempio Torino.
dir-language = Lingua parlata
dir-language-any = Tutte le lingue
dir-open-now = Aperto adesso
dir-free = Solo servizi gratuiti
dir-search = Mostra i servizi
dir-use-location = Usa la mia posizione
dir-location-used = In ordine di distanza dalla tua posizione.
dir-place-used = In ordine di distanza da { $place }.
dir-place-unknown = Non troviamo il comune «{ $place }»: controlla il nome o scrivine un altro.
dir-jump-map = Vedi sulla mappa
dir-nothing-near = Nessun servizio a { $place } corrisponde ai filtri: i più vicini sono a circa { $km } km.
dir-results = { $count ->
    [one] Un servizio trovato.
   *[other] { $count } servizi trovati.
}
dir-none = Nessun servizio corrisponde ai filtri scelti. Prova a togliere un filtro o a cercare in un comune vicino.
dir-map = Mappa dei servizi
dir-map-hint = La mappa mostra i servizi dell'elenco; l'elenco funziona anche senza mappa.
dir-distance = a { $km } km
dir-open-until = Aperto ora, chiude alle { $time }
dir-opens-today = Chiuso ora, apre oggi alle { $time }
dir-opens-at = Chiuso ora, apre { $day } alle { $time }
dir-hours-unknown = Orari non indicati
dir-temporarily-closed = Temporaneamente chiuso
dir-free-badge = Gratuito
dir-languages = Lingue parlate
dir-pagination = Pagine dei risultati
dir-page-prev = Pagina precedente
dir-page-next = Pagina successiva
dir-page-of = Pagina { $page } di { $pages }
dir-address = Indirizzo
dir-hours = Orari di apertura
dir-phone = Telefono
dir-email = Email
dir-website = Sito web
dir-documents = Documenti da portare
dir-accessibility = Accessibilità
dir-cost = Costi
dir-directions = Indicazioni per arrivare
dir-verified = Informazioni verificate il { $date }.
dir-not-verified = Informazioni non ancora verificate dalla redazione.
dir-organization = Ente
dir-back = Torna all'elenco dei servizi
dir-how-to-apply = Come accedere
dir-eligibility = A chi è rivolto
dir-where = Dove si trova
dir-closed-day = chiuso
dir-not-translated = Questa scheda non è ancora tradotta nella tua lingua: la vedi in { $language }.
dir-machine-translated = Questa scheda è stata tradotta automaticamente e non è ancora stata rivista.
day-1 = lunedì
day-2 = martedì
day-3 = mercoledì
day-4 = giovedì
day-5 = venerdì
day-6 = sabato
day-7 = domenica
hours-every-weeks =
    { $n ->
        [1] ogni settimana
        *[other] ogni { $n } settimane
    }
hours-every-months =
    { $n ->
        [1] ogni mese
        *[other] ogni { $n } mesi
    }
hours-in-month = { $which } del mese
hours-month-days = giorni { $days } del mese
list-separator = { ", " }
hours-nth-1 = primo
hours-nth-2 = secondo
hours-nth-3 = terzo
hours-nth-4 = quarto
hours-nth-5 = quinto
hours-nth-m1 = ultimo
hours-nth-m2 = penultimo
hours-nth-m3 = terzultimo
hours-nth-m4 = quartultimo
hours-nth-m5 = quintultimo
category-legal-permits = Permessi di soggiorno e questioni legali
category-health = Salute
category-housing = Casa
category-work-training = Lavoro e formazione
category-italian-language = Corsi di italiano
category-school = Scuola
category-social-services = Servizi sociali
category-mediation = Mediazione interculturale
category-anti-violence = Antiviolenza
category-asylum = Asilo e protezione
category-family = Famiglia

## Guides and glossary
guides-title = Guide alle pratiche
guides-lead = Le pratiche più comuni spiegate passo per passo: a chi servono, cosa fare, cosa portare, quanto costano e dove andare.
guides-categories = Argomenti
guides-glossary-link = Le parole delle pratiche spiegate nel glossario
guides-back = Tutte le guide
guide-not-translated = Questa pagina non è ancora tradotta tutta nella tua lingua: alcune parti sono in { $language }.
guide-machine-translated = Questa pagina è stata tradotta automaticamente e non è ancora stata rivista da una persona.
guide-category-permits = Permessi di soggiorno
guide-category-residency = Residenza e anagrafe
guide-category-health = Salute
guide-category-tax = Codice fiscale e tasse
guide-category-family = Famiglia
guide-category-education = Scuola, studio e lingua italiana
guide-category-work = Lavoro
guide-category-citizenship = Cittadinanza
guide-category-protection = Protezione internazionale
guide-category-mobility = Patente e trasporti
guide-contents = In questa pagina
guide-section-audience = A chi è rivolto
guide-section-steps = Come fare
guide-section-documents = Cosa serve
guide-section-outcome = Cosa si ottiene
guide-section-timing = Tempi e scadenze
guide-section-costs = Quanto costa
guide-section-legal = Riferimenti normativi
guide-section-contacts = Contatti
guide-permit-types = Per chi ha:
guide-permit-any = qualsiasi permesso
guide-permit-work = permesso per lavoro
guide-permit-family = permesso per motivi familiari
guide-permit-study = permesso per studio
guide-permit-long_term_eu = permesso UE di lungo periodo
guide-permit-asylum = asilo (status di rifugiato)
guide-permit-subsidiary_protection = protezione sussidiaria
guide-permit-special_protection = protezione speciale
guide-permit-waiting_employment = permesso per attesa occupazione
guide-permit-none = nessun permesso (ancora)
guide-where-to-go = Dove andare:
guide-official-pages = Pagine ufficiali:
guide-reviewed = Contenuto verificato il { $date }; prossima verifica entro il { $next }.
glossary-title = Glossario
glossary-lead = Le parole dell'immigrazione e dei servizi, spiegate in modo semplice, in ordine alfabetico.
glossary-back = Tutto il glossario
glossary-in-italian = In italiano:
glossary-aliases = Detto anche:
glossary-source = Fonte:
glossary-related = Vedi anche
glossary-guides = Guide che ne parlano
guide-print = Versione da stampare
guide-print-title = Guida da stampare: nella tua lingua e in italiano
guide-print-qr = Inquadra il codice per aprire questa guida sul telefono:
guide-pdf = Scarica il PDF (due lingue)

## Search (issue 6)
search-title = Cerca
search-label = Cerca guide, servizi e parole
search-placeholder = es. rinnovo permesso di soggiorno
search-button = Cerca
search-results = { $count ->
    [one] 1 risultato per «{ $query }»
   *[other] { $count } risultati per «{ $query }»
}
search-kind-all = Tutto
search-kind-guide = Guide
search-kind-service = Servizi
search-kind-concept = Glossario
search-did-you-mean = Forse cercavi:
search-none = Nessun risultato per «{ $query }».
search-none-help = Prova con altre parole o con meno parole, controlla come sono scritte, oppure parti dalle guide e dal glossario.
search-suggested = Guide cercate da molte persone
search-glossary = Sfoglia il glossario delle parole della migrazione
search-near = Vicino a (comune)
search-near-unknown = Non conosciamo il comune «{ $place }»: i risultati non sono ordinati per distanza.
search-km = { $km } km
search-in-language = In { $language }
search-filter = Mostra

## Documents for the person: consent form and the copy of their data
consent-title = Consenso alla comunicazione dei dati personali
consent-intro = Io sottoscritto/a { $name } autorizzo { $agency } a comunicare i miei dati personali a { $recipient } per questa finalità: { $purpose }.
consent-any = qualsiasi ente di questo tipo: { $kind }
consent-special = Il consenso comprende anche i dati particolari (salute, vulnerabilità).
consent-period = Il consenso vale dal { $from } al { $until }.
consent-period-open = Il consenso vale dal { $from } finché non lo revoco.
consent-withdraw = Posso revocare il consenso in ogni momento, senza conseguenze sui servizi che ricevo, rivolgendomi a { $agency }. La revoca vale per il futuro.
consent-rights = Ho diritto di vedere i miei dati, di chiederne la correzione o la cancellazione e di sapere chi li ha visti e chi li ha ricevuti.
consent-place-date = Luogo e data
consent-signature = Firma della persona
consent-operator = Firma dell'operatore
consent-mediator = Firma del mediatore o della mediatrice (se presente)
consent-purpose-employment = lavoro e formazione
consent-purpose-health = salute
consent-purpose-housing = casa
consent-purpose-legal = tutela legale e pratiche
consent-purpose-education = scuola e lingua italiana
consent-purpose-social = sostegno sociale e reddito
consent-kind-comune = Comune
consent-kind-ente_gestore = servizi sociali del territorio
consent-kind-asl = azienda sanitaria (ASL)
consent-kind-cpi = centro per l'impiego
consent-kind-cpia = centro per l'istruzione degli adulti (CPIA)
consent-kind-prefettura = Prefettura
consent-kind-questura = Questura
consent-kind-school = scuola
consent-kind-third_sector = associazione o cooperativa del terzo settore
consent-kind-region = Regione
consent-kind-research_institute = università o istituto di ricerca
dsr-title = I tuoi dati personali
dsr-intro = Questa è la copia di tutti i dati che { $agency } conserva su di te, con l'elenco di chi li ha visti e di chi li ha ricevuti. Data: { $date }.
dsr-identity = Chi sei
dsr-visits = Le tue visite allo sportello
dsr-cases = I tuoi percorsi di presa in carico
dsr-bases = I consensi e le altre basi per comunicare i tuoi dati
dsr-recipients = Chi ha ricevuto i tuoi dati
dsr-access = Chi ha visto o modificato i tuoi dati
dsr-none = Nessuno.
dsr-rights = Puoi chiedere di correggere o cancellare i tuoi dati allo sportello.

## The newcomer's app: saved pages, offline, share and act
saved-link = Le pagine salvate
saved-title = Salvati sul telefono
saved-intro = Le guide e i servizi che hai salvato restano su questo telefono e si leggono anche senza connessione. Nessuno, nemmeno noi, vede questo elenco.
saved-empty = Non hai ancora salvato niente. Apri una guida o un servizio e premi «Salva per leggere offline».
saved-noscript = Per salvare le pagine sul telefono serve JavaScript attivo nel browser.
saved-kind-guide = Guida
saved-kind-service = Servizio
save-offline = Salva per leggere offline
save-offline-done = Salvato: si legge anche senza connessione
save-offline-remove = Togli dai salvati
offline-title = Sei offline
offline-text = Questa pagina non è salvata sul telefono e ora non c'è connessione. Puoi leggere le pagine che hai salvato.
share-title = Condividi questa pagina
share-whatsapp = Invia con WhatsApp
share-sms = Invia per SMS
share-native = Condividi…
share-copy = Copia il link
share-copied = Link copiato
share-address = Indirizzo della pagina
share-qr = Mostra il codice QR
share-qr-caption = Inquadra il codice con un altro telefono per aprire questa pagina.
act-call = Chiama
act-whatsapp = Scrivi su WhatsApp
act-directions = Indicazioni stradali
act-map = Apri la mappa
listen = Ascolta
listen-stop = Ferma la lettura

## Was this useful? Report wrong information
feedback-back = Torna alla pagina
feedback-title = Questa pagina ti è stata utile?
feedback-yes = Sì
feedback-no = No
feedback-report = Segnala un'informazione sbagliata
feedback-report-label = Che cosa è sbagliato o manca?
feedback-report-hint = La segnalazione è anonima: non scrivere dati personali (nome, documenti, telefono).
feedback-send = Invia la segnalazione
feedback-thanks = Grazie: la redazione leggerà la tua risposta.
feedback-empty = Scrivi che cosa è sbagliato o manca.
feedback-too-long = La segnalazione è troppo lunga: al massimo { $max } caratteri.

## A guide's "in brief" box
guide-brief-title = In breve
guide-brief-who = Per chi
guide-brief-bring = Cosa portare
guide-brief-cost = Quanto costa
guide-brief-time = Quanto tempo
guide-brief-where = Dove

## Your city: the portal by municipality
city-title = La tua città
city-lead = Scegli il comune dove vivi: vedi gli sportelli per stranieri, i servizi più vicini e le guide. La scelta resta solo su questo telefono.
city-choose-label = Il tuo comune
city-choose-button = Vai
city-locate = Usa la mia posizione
city-list-title = Comuni con servizi nella rete
city-unknown = Non troviamo il comune «{ $place }». Controlla come è scritto o scegli dall'elenco.
city-change = Cambia comune
city-remembered = Questo comune resta ricordato solo su questo telefono.
city-desks = Sportelli per permessi e questioni legali
city-no-desk = In questo comune non c'è uno sportello: guarda i servizi più vicini.
city-nearby = Servizi vicini
city-all-services = Tutti i servizi vicini, sulla mappa
city-guides = Guide alle pratiche
city-yours = La tua città:
city-choose-link = Scegli la tua città

# Certificate verification (public)
verify-title = Verifica un attestato
verify-lead = Scrivi il codice stampato sull'attestato di formazione: vedi se è valido, di chi è e per quale corso.
verify-code-label = Codice dell'attestato
verify-code-hint = Dieci lettere e cifre, per esempio ABCDE-12345. Maiuscole, minuscole e trattini non contano.
verify-submit = Verifica
verify-malformed = Questo non è un codice di attestato: controlla di averlo scritto tutto.
verify-unknown = Nessun attestato ha il codice { $code }.
verify-valid = Attestato valido.
verify-revoked = Attestato revocato il { $date }.
verify-holder = Intestato a
verify-course = Corso
verify-hours = Ore
verify-dates = Date
verify-issuer = Rilasciato da
verify-issued = Data di rilascio
verify-code = Codice

## Needs survey by public link (partner bodies without an account)
survey-public-lead = Le risposte servono a programmare la formazione degli operatori. Non chiediamo il tuo nome: conserviamo solo il tipo di ente, la professione e la provincia.
survey-about-you = Chi risponde
survey-agency-kind = Tipo di ente
survey-profession = Professione
survey-province = Provincia
survey-province-hint = La sigla, per esempio TO.
survey-choose = Scegli
survey-required = obbligatoria
survey-scale-hint = Da 1 (per niente) a 5 (moltissimo).
survey-rank-hint = Dai a ogni voce un posto, da 1 (la più importante) a { $count }, ognuno una volta sola.
survey-place = Posto di «{ $choice }»
survey-submit = Invia le risposte
survey-thanks-title = Grazie
survey-thanks = Le tue risposte sono state registrate. Puoi chiudere questa pagina.
survey-closed = Questo questionario ora non accetta risposte.
survey-error-summary = Alcune risposte vanno corrette: { $count }.
survey-error-missing = Rispondi a questa domanda.
survey-error-unknown = Scegli una delle opzioni proposte.
survey-error-scale = Scegli un valore da 1 a 5.
survey-error-ranking = Dai a ogni voce un posto diverso, da 1 a { $count }.
survey-error-too-long = La risposta è troppo lunga: al massimo { $max } caratteri.
survey-error-agency-kind = Scegli il tipo di ente.
survey-error-profession = Scegli la professione.
survey-error-province = Scrivi la sigla di una provincia italiana, per esempio TO.
survey-profession-front_office = operatore di sportello
survey-profession-social_worker = assistente sociale
survey-profession-legal_operator = operatore legale
survey-profession-health_operator = operatore sanitario
survey-profession-mediator = mediatore interculturale
survey-profession-coordinator = coordinatore
survey-profession-trainer = formatore
survey-profession-editor = redattore
survey-profession-translator = traduttore
survey-profession-analyst = analista
survey-profession-administrator = amministratore
survey-profession-other = altra professione
