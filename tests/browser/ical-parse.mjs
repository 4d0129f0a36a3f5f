// Parses an iCalendar file with ical.js (Mozilla's parser, the one Thunderbird uses) and prints
// its calendar name and events as JSON; tests/build_site.rs compares them with the event they
// were written from.
//   node ical-parse.mjs FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: node ical-parse.mjs FILE.ics");
  process.exit(2);
}
try {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  const time = (t) => ({ text: t.toString(), allDay: t.isDate, utc: t.zone === ICAL.Timezone.utcTimezone, floating: t.zone === ICAL.Timezone.localTimezone });
  const events = calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: v.getFirstPropertyValue("url"),
      start: time(e.startDate),
      end: time(e.endDate),
      properties: v.getAllProperties().map((p) => p.name),
    };
  });
  process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue("x-wr-calname"), version: calendar.getFirstPropertyValue("version"), events }, null, 1));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(1);
}
