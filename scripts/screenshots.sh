#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots by starting the real app under Xvfb on a demo
# database (and on an empty one, and on one for the import wizard) and photographing the screen,
# or only the dialog in front.
# Needs: xvfb, xauth, xdotool, imagemagick, poppler-utils. Usage: scripts/screenshots.sh [en|ru|de ...]
set -euo pipefail
cd "$(dirname "$0")/.."
languages=("$@")
[[ ${#languages[@]} -gt 0 ]] || languages=(en)

# TEXTWELL_BUILD names an existing build folder to use as it is configured.
build=${TEXTWELL_BUILD:-build}
[[ -n ${TEXTWELL_BUILD:-} ]] || cmake -S . -B "$build" -G Ninja -DTEXTWELL_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target textwell textwell-cli >/dev/null
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli() { "$build/app/cli/textwell-cli" --database "$work/demo.sqlite" "$@" >/dev/null; }
cli demo --subscribers 5000
cli settings set business-name "Salon Anna"
cli settings set price-per-part 0.07
cli settings set currency EUR
cli segment save --name "Regulars in Berlin and Hamburg" --rule '{"all": [
  {"field": "city", "op": "is", "values": ["Berlin", "Hamburg"]},
  {"field": "tags", "op": "any", "values": ["regular", "vip"]},
  {"any": [{"field": "age", "op": "between", "values": [25, 45]},
           {"field": "last_activity", "op": "within_days", "values": [30]}]}]}'
# Campaigns: one finished (sent to the export file), one still sending, one scheduled. Quiet
# hours off, the business's and each country's rules' own, so the pictures look the same at any
# time of day; the built-in rules come back once the campaigns are sent.
cli settings set export-file "$work/outbox.csv"
cli settings set quiet-hours-start 00:00
cli settings set quiet-hours-end 00:00
packs=(basic us eu de ru)
for id in "${packs[@]}"; do
  "$build/app/cli/textwell-cli" --database "$work/demo.sqlite" rules show "$id" | python3 -c '
import json, sys
pack = json.load(sys.stdin)
pack["quiet_hours"] = {"from": "00:00", "until": "00:00"}
pack.pop("quiet_hours_by_area_code", None)
print(json.dumps(pack))' >"$work/$id.json"
  cli rules load "$work/$id.json"
done
cli campaign create "Spring sale" --segment "Regulars in Berlin and Hamburg" \
  --template 'Hello {first_name|there}! Spring sale at Salon Anna: 20% off all colour treatments until Sunday.'
cli campaign start "Spring sale"
cli send --due
# Replies for the Inbox: today's from people the spring sale reached, older ones from others.
# Times are relative to now, so the review deadlines wear the same colours whenever the pictures
# are taken: one past (red), one near (amber), one with time left.
ask() { "$build/app/cli/textwell-cli" --database "$work/demo.sqlite" "$@"; }
# The same for another database: ask_in DATABASE COMMAND..., cli_in DATABASE COMMAND....
ask_in() {
  local database=$1
  shift
  "$build/app/cli/textwell-cli" --database "$database" "$@"
}
cli_in() { ask_in "$@" >/dev/null; }
# A step that types TEXT, quoted for the step's eval whatever it holds.
typing() { printf 'xdotool type --delay 30 %q' "$1"; }
reached=($(ask campaign messages "Spring sale" --limit 40 | awk -F'\t' '$3 == "exported" {print $2}'))
person() { ask subscriber list --search "$1" --limit 1 | head -1 | cut -f1; }
reply() { cli replies receive --from "$1" --body "$2" ${3:+--received "$(date -d "-$3" +%Y-%m-%dT%H:%M)"}; }
reply "$(person 'Barbara Allen')" 'enough already' '20 days'
reply "$(person 'Ashley Allen')" 'How did you get my number?' '12 days'
reply "$(person 'Daniel Allen')" 'Do you have gift vouchers?' '2 days'
cli inbox reply "$(person 'Daniel Allen')" --body 'Yes! From 20 euros, at the desk or by phone.'
reply +4915901234567 'Wer ist das?' '1 day'
reply "$(person 'Иван Алексеев')" 'Спасибо! А в субботу вы работаете?' '3 hours'
reply "${reached[0]}" 'HILFE'
reply "${reached[1]}" 'STOP'
reply "${reached[2]}" 'Können wir meinen Termin auf Freitag 15 Uhr verschieben? Mir ist etwas dazwischengekommen.'
cli campaign create "Weekend offer" --rule '{"all": []}' \
  --template 'Hi {first_name|there}, this weekend only: a free hand massage with every manicure.'
cli campaign start "Weekend offer"
cli campaign create "Christmas greetings" --rule '{"all": []}' \
  --template 'Merry Christmas from Salon Anna, {first_name|dear customer}!' --at "$(date -d '+10 days' +%Y-%m-%dT10:00)"
# Slowly, so that the app is caught sending.
cli settings set send-rate 2
# For the pictures of the rules themselves: a copy with each country's built-in rules.
cp "$work/demo.sqlite" "$work/rules.sqlite"
[[ ! -e $work/demo.sqlite-wal ]] || cp "$work/demo.sqlite-wal" "$work/rules.sqlite-wal"
for id in "${packs[@]}"; do
  "$build/app/cli/textwell-cli" --database "$work/rules.sqlite" rules reset "$id" >/dev/null
done

# session DATABASE LANGUAGE [--appearance MODE] STEP...: start the app under a virtual screen of its
# own and run the steps. A step is an xdotool command, a pause, "snap NAME" (the whole screen) or
# "snapwindow NAME" (only the app's window in front, a dialog or the import wizard: the last one
# stacked, since without a window manager the focus cannot be asked for).
session() {
  local database=$1 language=$2 appearance=system
  shift 2
  if [[ ${1:-} == --appearance ]]; then
    appearance=$2
    shift 2
  fi
  xvfb-run -a -s "-screen 0 1200x760x24" bash -c '
    app=$1; database=$2; language=$3; appearance=$4; out=$5; shift 5
    snap() { import -window root "$out/$1.png"; echo "wrote $out/$1.png"; }
    snapwindow() {
      import -window "$(xdotool search --onlyvisible --pid $pid | tail -1)" "$out/$1.png"
      echo "wrote $out/$1.png"
    }
    config=$(mktemp -d)
    XDG_CONFIG_HOME=$config "$app" --database "$database" --language "$language" --appearance "$appearance" &
    pid=$!
    sleep 3
    for step in "$@"; do eval "$step"; sleep 0.7; done
    kill $pid
    wait $pid 2>/dev/null || true
    rm -rf "$config"' _ "$build/app/textwell/textwell" "$database" "$language" "$appearance" "$out" "$@"
}

# shoot NAME DATABASE LANGUAGE [--appearance MODE] [STEP...]: one photograph of the screen after the steps.
shoot() {
  local name=$1
  shift
  session "$@" "snap $name"
}

# The first page of each PDF report as its reader sees it, in English.
report() {
  local name=$1
  shift
  cli report "$@" --format pdf --out "$work/$name.pdf"
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/$name.pdf" "$out/$name"
  echo "wrote $out/$name.png"
}
report report-unsubscribe dashboard --from "$(date -d '-90 days' +%Y-%m-%d)"
# A campaign of the demo's history with a spread of reasons (any finished one if it is gone).
report report-campaign campaign "$(ask campaign list | awk -F'\t' '$2 == "finished" && $3 != "Spring sale" {
  if (!first) first = $1; if ($3 == "Black Friday") { print $1; found = 1; exit } } END { if (!found) print first }')"
report report-optouts optouts --from "$(date -d '-90 days' +%Y-%m-%d)"
report report-consent consent "$(ask subscriber list --status unsubscribed --limit 1 | head -1 | cut -f1)"

# The files the import wizard is shown with: a small list from a salon's till (an invalid number,
# a date that does not exist, a person twice, one already in the book who unsubscribed), a big
# one to catch the import at work, and a previous provider's opt-outs.
cat >"$work/kunden.csv" <<'CSV'
Vorname;Nachname;Handy;Stadt;Geburtstag;Kundennr
Anna;Müller;0171 1234567;Berlin;12.03.1985;K-1001
Jürgen;Schmidt;+49 172 7654321;Hamburg;;K-1002
Olga;Petrova;0151 23456789;München;01.07.1990;K-1003
Karl;Klein;12;Köln;;K-1004
Sabine;Wagner;0160 98765432;Frankfurt;30.02.1979;K-1005
Mehmet;Yılmaz;0176 55544433;Berlin;;K-1006
Anna;Müller;+49 171 1234567;Berlin;;K-1001
Lena;Fischer;0152 11122233;Leipzig;05.11.2001;K-1007
Thomas;Becker;0157 44455566;Dresden;23.09.1972;K-1008
Sophie;Wolf;0175 66677788;Köln;;K-1009
Ralf;Schulz;0170 3334445;Bremen;14.02.1968;K-1010
CSV
awk 'BEGIN {
  split("Anna Lena Jonas Paul Mia Emma Ben Lukas Sophie Leon", first, " ")
  split("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann", last, " ")
  split("Berlin Hamburg München Köln Leipzig", city, " ")
  print "Vorname;Nachname;Handy;Stadt"
  for (i = 0; i < 200000; i++)
    printf "%s;%s;0151 %08d;%s\n", first[i % 10 + 1], last[int(i / 10) % 10 + 1], 20000000 + i, city[i % 5 + 1]
}' >"$work/kunden-gross.csv"
printf '%s\n' number +4917011111111 +4917022222222 "0171 3333333" "0172 4444444" "+49 160 5555555" \
  "not a number" +4915122223333 >"$work/sperrliste.txt"

for lang in "${languages[@]}"; do
  # A business name, so that the first-run assistant (for a database without one and without
  # people) stays away.
  cli_in "$work/empty-$lang.sqlite" init
  cli_in "$work/empty-$lang.sqlite" settings set business-name "Salon Anna"
  suffix=$([[ $lang == en ]] && echo "" || echo "-$lang")
  # The sidebar: Dashboard, Address book, Segments, Compose, Campaigns 40 pixels apart from 38,
  # then Inbox (a row with room for a second line: "3 to review") at 245, Reports at 292,
  # Compliance at 332 and Settings at 372. The app opens on the dashboard.
  shoot "dashboard$suffix" "$work/demo.sqlite" "$lang"
  shoot "dashboard-dark$suffix" "$work/demo.sqlite" "$lang" --appearance dark
  shoot "reports$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 292 click 1" \
    "xdotool mousemove 250 156 click 1"
  shoot "address-book$suffix" "$work/demo.sqlite" "$lang" \
    "xdotool mousemove 60 78 click 1" "xdotool mousemove 330 139 click 1"
  shoot "address-book-empty$suffix" "$work/empty-$lang.sqlite" "$lang" "xdotool mousemove 60 78 click 1"
  shoot "address-book-search$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 78 click 1" \
    "xdotool mousemove 400 38 click 1 type --delay 60 'Schmidt'" "xdotool mousemove 330 87 click 1"
  shoot "segments$suffix" "$work/demo.sqlite" "$lang" \
    "xdotool mousemove 60 118 click 1" "xdotool mousemove 260 64 click 1"
  shoot "composer$suffix" "$work/demo.sqlite" "$lang" \
    "xdotool mousemove 60 158 click 1" "xdotool mousemove 500 200 click 1" \
    "xdotool type --delay 15 'Hello {first_name|there}! Our “summer sale” starts today – 20% off all haircuts in {city}. Book at 030 1234567.'"
  # The campaigns, newest first: Christmas greetings (scheduled), Weekend offer, Spring sale.
  shoot "campaigns-sending$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 198 click 1" \
    "xdotool mousemove 300 115 click 1" "sleep 2"
  shoot "campaign-finished$suffix" "$work/demo.sqlite" "$lang" \
    "xdotool mousemove 60 198 click 1" "xdotool mousemove 300 141 click 1"
  # The Inbox: the newest open conversation (the appointment question after the spring sale),
  # then the review queue, nearest deadline first.
  shoot "inbox$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 245 click 1" \
    "xdotool mousemove 400 133 click 1" "xdotool mousemove 900 670 click 1 type --delay 30 'Gern, Freitag 15 Uhr ist frei.'"
  # The "To review" tab sits after "Open", whose width depends on the language.
  case $lang in ru) tab=321 ;; de) tab=280 ;; *) tab=266 ;; esac
  shoot "inbox-review$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 245 click 1" \
    "xdotool mousemove $tab 64 click 1" "xdotool mousemove 400 133 click 1"
  # Compliance: the rules in force per country and what is waiting, with its deadline.
  shoot "compliance$suffix" "$work/rules.sqlite" "$lang" "xdotool mousemove 60 332 click 1" "sleep 1"
  shoot "settings$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 372 click 1"
  # Settings → Rules by country, below Replies: Germany's pack, which asks for a confirmation by SMS.
  shoot "settings-rules$suffix" "$work/rules.sqlite" "$lang" "xdotool mousemove 60 372 click 1" \
    "xdotool mousemove 1100 400$(printf ' click 5%.0s' {1..40})"
  # Settings → Replies, scrolled to, showing the words and texts of the shot's own language: the
  # Alt key of "Replies in" (in the shot's language) puts the keyboard on its list, Down picks the
  # language; no click, so the shot does not depend on how far the page scrolled.
  case $lang in ru) keys="alt+Cyrillic_ya Down" ;; de) keys="alt+i Down Down" ;; *) keys="Escape" ;; esac
  shoot "settings-replies$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 372 click 1" \
    "xdotool mousemove 1100 400 click 5 click 5 click 5 click 5 click 5 click 5 click 5 click 5 click 5 click 5" \
    "xdotool key $keys"
  # The gateway settings as a Kannel user sees them, on a copy of the demo with nothing to send:
  # with a campaign sending or scheduled, or an answer waiting, and no keychain, the app would
  # first ask for Kannel's password.
  gateway=$work/gateway-$lang.sqlite
  cp "$work/demo.sqlite" "$gateway"
  [[ ! -e $work/demo.sqlite-wal ]] || cp "$work/demo.sqlite-wal" "$gateway-wal"
  for id in $(ask_in "$gateway" campaign list | awk -F'\t' '$2 == "sending" || $2 == "scheduled" {print $1}'); do
    cli_in "$gateway" campaign pause "$id"
  done
  cli_in "$gateway" send --due # the answers still waiting go to the export file
  cli_in "$gateway" settings set gateway kannel
  cli_in "$gateway" settings set kannel-username salon
  cli_in "$gateway" settings set kannel-from 4930123456
  # Three wheel steps bring Sending into view; Replies follows below it.
  shoot "settings-gateway$suffix" "$gateway" "$lang" "xdotool mousemove 60 372 click 1" \
    "xdotool mousemove 1100 400 click 5 click 5 click 5"

  # The dialogs and the import wizard, each photographed alone. What is typed is in the shot's
  # language.
  case $lang in
    ru)
      person=("+7 916 555-12-34" "Ольга" "Смирнова" "Москва" "постоянный, vip" "анкета № 12 в папке")
      campaign="Летняя распродажа"
      consent=("Бумажная анкета на кассе" "Анкеты хранятся в папке магазина, 2024")
      list="Список отписавшихся от прежнего SMS-провайдера, выгружен 2026-11"
      ;;
    de)
      person=("+49 171 2345678" "Lena" "Fischer" "Berlin" "Stammkunde, VIP" "Formular Nr. 12 im Ordner")
      campaign="Sommerschlussverkauf"
      consent=("Anmeldeformular auf Papier an der Kasse" "Formulare im Ordner im Laden, 2024")
      list="Abmeldeliste unseres bisherigen SMS-Anbieters, exportiert 2026-11"
      ;;
    *)
      person=("+1 415 368 9911" "Emma" "Johnson" "San Francisco" "regular, vip" "Signed form no. 12, in the folder")
      campaign="Summer sale"
      consent=("Paper sign-up form at the till" "Forms kept in the shop's folder, 2024")
      list="Opt-out list from our previous SMS provider, exported 2026-11"
      ;;
  esac
  # Add a person (Ctrl+N) with consent: the consent box comes right after Notes in the Tab order;
  # nothing is saved, the app is stopped with the dialog open.
  session "$work/demo.sqlite" "$lang" "xdotool mousemove 60 78 click 1" "xdotool key ctrl+n" \
    "$(typing "${person[0]}")" "xdotool key Tab" "$(typing "${person[1]}")" "xdotool key Tab" \
    "$(typing "${person[2]}")" "xdotool key Tab" "$(typing "${person[3]}")" "xdotool key Tab Tab Tab" \
    "$(typing "${person[4]}")" "xdotool key Tab Tab space Tab Tab" "$(typing "${person[5]}")" \
    "snapwindow subscriber-dialog$suffix"
  # Erase personal data (the last entry of the right-click menu) for the person who wrote
  # "enough already": a reply, messages and history to delete.
  session "$work/demo.sqlite" "$lang" "xdotool mousemove 60 78 click 1" \
    "xdotool mousemove 400 38 click 1 type --delay 60 'Barbara Allen'" "xdotool mousemove 330 87 click 1" \
    "xdotool click 3" "xdotool key Up Return" "snapwindow erase-dialog$suffix"
  # Compose → Send…: the send dialog with an A/B test, nothing sent.
  session "$work/demo.sqlite" "$lang" \
    "xdotool mousemove 60 158 click 1" "xdotool mousemove 500 200 click 1" \
    "xdotool type --delay 15 'Hello {first_name|there}! Our “summer sale” starts today – 20% off all haircuts in {city}. Book at 030 1234567.'" \
    "sleep 1" "xdotool key ctrl+Return" "xdotool key ctrl+a" "$(typing "$campaign")" \
    "xdotool key Tab Tab space Tab ctrl+End" "$(typing " Only this week!")" "snapwindow send-dialog$suffix"

  # The first-run assistant, on a new database: each page as it comes, with Return for Next and the
  # business name typed; Escape at the end (Set up later) keeps the database new.
  fresh=$work/new-$lang.sqlite
  cli_in "$fresh" init
  session "$fresh" "$lang" "snapwindow first-run-welcome$suffix" "xdotool key Return" \
    "$(typing "Salon Anna")" "snapwindow first-run-business$suffix" "xdotool key Return" \
    "snapwindow first-run-sending$suffix" "xdotool key Return" "snapwindow first-run-ready$suffix" \
    "xdotool key Escape"
  # The import wizard, on a database of its own (German numbers; the last person of the file is
  # already in it and unsubscribed).
  imports=$work/import-$lang.sqlite
  cli_in "$imports" init
  cli_in "$imports" settings set business-name "Salon Anna"
  cli_in "$imports" settings set default-country DE
  cli_in "$imports" subscriber add "0170 3334445" --first-name Ralf --last-name Schulz --city Bremen \
    --source "Paper form at the till" --evidence "Form 7"
  cli_in "$imports" unsubscribe "0170 3334445" --reason too_frequent
  # Ctrl+I; the path typed, Tab twice to "Adjust…", opened; Return is Next. On the consent
  # page: "everyone gave consent the same way", with where and the proof.
  session "$imports" "$lang" "xdotool mousemove 600 300 click 1" "xdotool key ctrl+i" \
    "$(typing "$work/kunden.csv")" "xdotool key Tab Tab space" "snapwindow import-file$suffix" \
    "xdotool key Return" "snapwindow import-columns$suffix" "xdotool key Return" "xdotool key space Tab" \
    "$(typing "${consent[0]}")" "xdotool key Tab" "$(typing "${consent[1]}")" "snapwindow import-consent$suffix" \
    "xdotool key Return" "sleep 2" "snapwindow import-summary$suffix" "xdotool key Return" "sleep 2" \
    "snapwindow import-done$suffix"
  # The big file: caught importing two seconds in, then cancelled (Escape).
  session "$imports" "$lang" "xdotool mousemove 600 300 click 1" "xdotool key ctrl+i" \
    "$(typing "$work/kunden-gross.csv")" "xdotool key Tab Tab Return" "xdotool key Return" \
    "xdotool key space Tab type x" "xdotool key Tab type y" "xdotool key Return" "sleep 12" \
    "xdotool key Return" "sleep 1.3" "snapwindow import-progress$suffix" "xdotool key Escape" "sleep 4" \
    "snapwindow import-cancelled$suffix"
  # File → Import suppression list… (the menu's second entry).
  session "$imports" "$lang" "xdotool mousemove 20 8 click 1" "xdotool key Down Down Return" \
    "$(typing "$work/sperrliste.txt")" "xdotool key Tab Tab Return" "xdotool key Tab Tab" "$(typing "$list")" \
    "snapwindow import-suppression-source$suffix" \
    "xdotool key Return" "sleep 2" "snapwindow import-suppression-summary$suffix" "xdotool key Return" \
    "sleep 2" "snapwindow import-suppression-done$suffix"
done
