# Dates, heures et nombres tels qu'on les lit (praxis_app::i18n::format).
# Les arguments sont du texte prêt : $day (« 3 »), $month (un nom
# ci-dessous), $year (« 2026 »), $hour et $minute (« 09 », « 05 »),
# $weekday, $date, $time.

dates-month-1 = janvier
dates-month-2 = février
dates-month-3 = mars
dates-month-4 = avril
dates-month-5 = mai
dates-month-6 = juin
dates-month-7 = juillet
dates-month-8 = août
dates-month-9 = septembre
dates-month-10 = octobre
dates-month-11 = novembre
dates-month-12 = décembre

# Abrégés, pour les listes et les graphiques.
dates-month-short-1 = janv.
dates-month-short-2 = févr.
dates-month-short-3 = mars
dates-month-short-4 = avr.
dates-month-short-5 = mai
dates-month-short-6 = juin
dates-month-short-7 = juil.
dates-month-short-8 = août
dates-month-short-9 = sept.
dates-month-short-10 = oct.
dates-month-short-11 = nov.
dates-month-short-12 = déc.

# 1 est lundi, 7 dimanche.
dates-weekday-1 = lundi
dates-weekday-2 = mardi
dates-weekday-3 = mercredi
dates-weekday-4 = jeudi
dates-weekday-5 = vendredi
dates-weekday-6 = samedi
dates-weekday-7 = dimanche

# « 3 décembre 2026 » ; court : « 3 déc. 2026 ».
dates-date = { $day } { $month } { $year }
dates-date-short = { $day } { $month } { $year }
# Un jour dans les graphiques (« 3 déc. »).
dates-day-month = { $day } { $month }
# « jeudi 3 décembre 2026 ».
dates-weekday-date = { $weekday } { $date }
# « 10:00 ».
dates-time = { $hour }:{ $minute }
# « 3 décembre 2026 à 10:00 ».
dates-date-time = { $date } à { $time }
dates-time-range = { $start }–{ $end }
dates-range = { $start } – { $end }

# Nombres : 12 345 (espace fine insécable) et 12,5.
numbers-group = { "\u202F" }
numbers-decimal = ,
# File sizes; $size is a number already written ("12.5", "12,5").
numbers-bytes = { $size } o
numbers-kilobytes = { $size } Ko
numbers-megabytes = { $size } Mo
