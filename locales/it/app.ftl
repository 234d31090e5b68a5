# Crocevia — operator workspace strings (Italian). Required in it and en; other languages
# fall back to Italian until translated.

app-area = Area operatori
app-skip = Vai al contenuto principale
app-home-title = Area operatori
app-welcome = Benvenuto/a, { $name }.
app-home-lead = Da qui accedi agli strumenti della rete: gli altri servizi dell'area riservata saranno disponibili qui man mano che vengono attivati.
app-logout = Esci
app-account = Il tuo account
login-title = Accesso operatori
login-lead = Accedi con l'email e la password del tuo account di operatore.
login-email = Email
login-password = Password
login-submit = Accedi
login-failed = Email o password non corretti.
login-locked = Troppi tentativi non riusciti: l'accesso con questa email è sospeso per 15 minuti.
login-email-invalid = Inserisci un indirizzo email valido, per esempio nome@comune.it.
login-password-missing = Inserisci la password.
form-errors-title = Controlla i campi evidenziati
sessions-title = Le tue sessioni
sessions-lead = Ogni accesso apre una sessione. Se non riconosci una sessione, terminala e cambia la password.
sessions-started = Inizio
sessions-last-seen = Ultima attività
sessions-second-factor = Secondo fattore
sessions-current = Questa sessione
sessions-revoke = Termina
sessions-revoked = Sessione terminata.
yes = Sì
no = No
