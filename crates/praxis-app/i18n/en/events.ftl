# Events: the list, organising one, an event's page, attendees, the calendar feed.

events-title = Events
events-past-title = Past events
events-breadcrumb = Breadcrumb
events-times-in = Times in { $zone } (change it in
events-times-in-link = your profile
events-times-in-end = ).
events-organise = Organise an event
events-upcoming = Upcoming events
events-past-with-slides = Past events, with their slides
events-past-none = No past events yet.
events-upcoming-none = No upcoming events in your communities. Community managers and moderators organise them; ask yours, or look at
events-upcoming-none-link = past events
events-upcoming-none-end = .
events-cancelled = Cancelled
events-full = Full
events-for-all-members = For all members
events-pages = Pages
events-previous-page = Previous page
events-next-page = Next page
events-place-online = Online
events-place-and-online = { $place } and online

# Organising an event
events-new-title = Title
events-new-title-hint = For example: Peer exchange on framework agreements
events-new-for = For
events-new-for-all = All members (platform-wide)
events-new-discussion = Discussion thread (for a platform-wide event)
events-new-discussion-hint = A community event is discussed in its community. For an event for all members, choose where questions beforehand and notes afterwards go.
events-new-no-discussion = No discussion thread
events-new-starts = Starts
events-new-starts-hint = Date and time in the time zone below.
events-new-ends = Ends
events-new-time-zone = Time zone
events-new-location = Place (optional)
events-new-location-hint = Address and room, if people meet in person.
events-new-online-url = Online meeting link (optional)
events-new-capacity = Seats (optional)
events-new-capacity-hint = Leave empty for no limit. When the seats are taken, members can join a waiting list.
events-new-description = Programme and description
events-new-description-hint = Markdown.
events-new-publish = Publish the event

# An event's page
events-show-when = When
events-show-where = Where
events-show-online = Online
events-show-seats = Seats
events-seats-going = { $count } going
events-seats-going-of = { $count } going of { $capacity }
events-seats-maybe = { $count } maybe
events-seats-waitlist = { $count } on the waiting list
events-show-organised-by = Organised by
events-zone-note = In { $zone }: { $when }
events-show-add-to-calendar = Add to my calendar (.ics)
events-show-discussion = The event's discussion
events-show-discussion-in = in { $community }
events-show-discussed-in = The event is discussed in
events-show-discussed-in-end = : join it to take part
events-rsvp-title = Will you come?
events-rsvp-yours = Your answer:
events-rsvp-legend = Your answer
events-rsvp-status = { $status ->
    [going] Going
    [maybe] Maybe
    [not_going] Not going
    [waitlisted] On the waiting list
   *[other] { $status }
}
events-rsvp-join-waitlist = Join the waiting list (the event is full)
events-rsvp-send = Send my answer
events-documents-title = Slides and documents
events-documents-none = Nothing shared yet.
events-documents-none-organiser = Share slides and minutes from the community's library below.
events-documents-share-label = Share a document of the library
events-documents-share = Share
events-organisers-title = For the organisers
events-organisers-attendees = Attendees
events-organisers-download = Download the list (CSV)
events-cancel-reason = Reason for cancelling (sent to those who answered)
events-cancel = Cancel the event

# Attendees
events-attendees-title = Attendees of { $title }
events-attendees-download = Download as CSV
events-attendees-none = Nobody has answered yet.
events-attendees-caption = Attendees and their answers
events-attendees-name = Name
events-attendees-organisation = Organisation
events-attendees-answer = Answer
events-attendees-answered = Answered
events-csv-standing = Standing
events-csv-guest = guest
events-csv-member = member
events-csv-email = Email

# The calendar feed
events-calendar-title = Your calendar feed
events-calendar-intro = Subscribe to your personal feed in Outlook, Google Calendar or Apple Calendar to see the events you answered "going" or "maybe" to, kept up to date. The address is secret: anyone who has it sees your events. Replace it if it leaks.
events-calendar-url-label = Your feed's address (shown only now; copy it into your calendar application):
events-calendar-since = You have a feed since { $since }. Its address was shown when you made it.
events-calendar-none = You have no feed yet.
events-calendar-make = Make my feed
events-calendar-replace = Replace the address
events-calendar-stop = Stop the feed
