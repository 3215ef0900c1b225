# Datums, tijden en getallen zoals mensen ze lezen (praxis_app::i18n::format).
# Argumenten zijn kant-en-klare tekst: $day ("3"), $month (een naam
# hieronder), $year ("2026"), $hour en $minute ("09", "05"), $weekday,
# $date, $time.

dates-month-1 = januari
dates-month-2 = februari
dates-month-3 = maart
dates-month-4 = april
dates-month-5 = mei
dates-month-6 = juni
dates-month-7 = juli
dates-month-8 = augustus
dates-month-9 = september
dates-month-10 = oktober
dates-month-11 = november
dates-month-12 = december

# Afgekort, voor lijsten en grafieken.
dates-month-short-1 = jan.
dates-month-short-2 = feb.
dates-month-short-3 = mrt.
dates-month-short-4 = apr.
dates-month-short-5 = mei
dates-month-short-6 = jun.
dates-month-short-7 = jul.
dates-month-short-8 = aug.
dates-month-short-9 = sep.
dates-month-short-10 = okt.
dates-month-short-11 = nov.
dates-month-short-12 = dec.

# 1 is maandag, 7 is zondag.
dates-weekday-1 = maandag
dates-weekday-2 = dinsdag
dates-weekday-3 = woensdag
dates-weekday-4 = donderdag
dates-weekday-5 = vrijdag
dates-weekday-6 = zaterdag
dates-weekday-7 = zondag

# "3 december 2026"; kort: "3 dec. 2026".
dates-date = { $day } { $month } { $year }
dates-date-short = { $day } { $month } { $year }
# Een dag in grafieken ("3 dec.").
dates-day-month = { $day } { $month }
# "donderdag 3 december 2026".
dates-weekday-date = { $weekday } { $date }
# "10:00".
dates-time = { $hour }:{ $minute }
# "3 december 2026 10:00".
dates-date-time = { $date } { $time }
dates-time-range = { $start }–{ $end }
dates-range = { $start } – { $end }

# Getallen: 12.345 en 12,5.
numbers-group = .
numbers-decimal = ,
# File sizes; $size is a number already written ("12.5", "12,5").
numbers-bytes = { $size } B
numbers-kilobytes = { $size } KB
numbers-megabytes = { $size } MB
