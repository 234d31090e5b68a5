wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "crocevia_session=YqCC5r-hveaH3XPm_Wb5O2dcjtBnt893S9JUxVxv44s; crocevia_csrf=-ywWpSUhlV2XmtDTG3DYGHGhQWC3v63VQKiqEU2vusE"
wrk.body = "csrf_token=5UtCcS5Om8WiWyhCvp64kWkh_iJuB1sT0EWOqlqrRpk&name=Sportello+aggiornato&organization=Comune+di+Torino+(demo)&status=active&city=torino&languages=it&free=yes&category=legal-permits"
