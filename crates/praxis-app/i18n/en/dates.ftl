# Dates, times and numbers as people read them (praxis_app::i18n::format).
# Arguments are ready-made text: $day ("3"), $month (a name below), $year
# ("2026"), $hour and $minute ("09", "05"), $weekday, $date, $time.

dates-month-1 = January
dates-month-2 = February
dates-month-3 = March
dates-month-4 = April
dates-month-5 = May
dates-month-6 = June
dates-month-7 = July
dates-month-8 = August
dates-month-9 = September
dates-month-10 = October
dates-month-11 = November
dates-month-12 = December

# Abbreviated, for lists and chart labels.
dates-month-short-1 = Jan
dates-month-short-2 = Feb
dates-month-short-3 = Mar
dates-month-short-4 = Apr
dates-month-short-5 = May
dates-month-short-6 = Jun
dates-month-short-7 = Jul
dates-month-short-8 = Aug
dates-month-short-9 = Sep
dates-month-short-10 = Oct
dates-month-short-11 = Nov
dates-month-short-12 = Dec

# 1 is Monday, 7 is Sunday.
dates-weekday-1 = Monday
dates-weekday-2 = Tuesday
dates-weekday-3 = Wednesday
dates-weekday-4 = Thursday
dates-weekday-5 = Friday
dates-weekday-6 = Saturday
dates-weekday-7 = Sunday

# "3 December 2026"; the short form has the abbreviated month ("3 Dec 2026").
dates-date = { $day } { $month } { $year }
dates-date-short = { $day } { $month } { $year }
# A day of the year in charts ("3 Dec").
dates-day-month = { $day } { $month }
# "Thursday 3 December 2026".
dates-weekday-date = { $weekday } { $date }
# "10:00".
dates-time = { $hour }:{ $minute }
# "3 December 2026, 10:00".
dates-date-time = { $date }, { $time }
# From one time to another on the same day ("10:00–12:30"), and from one
# moment to another ("3 December 2026, 10:00 – 4 December 2026, 16:00").
dates-time-range = { $start }–{ $end }
dates-range = { $start } – { $end }

# Numbers: the sign between groups of three digits (12,345) and before
# decimals (12.5).
numbers-group = ,
numbers-decimal = .
# File sizes; $size is a number already written ("12.5", "12,5").
numbers-bytes = { $size } B
numbers-kilobytes = { $size } KB
numbers-megabytes = { $size } MB
