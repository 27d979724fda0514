#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots by starting the real app under Xvfb on a demo
# database (and on an empty one) and photographing the screen.
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
# hours off, so the pictures look the same at any time of day.
cli settings set export-file "$work/outbox.csv"
cli settings set quiet-hours-start 00:00
cli settings set quiet-hours-end 00:00
cli campaign create "Spring sale" --segment "Regulars in Berlin and Hamburg" \
  --template 'Hello {first_name|there}! Spring sale at Salon Anna: 20% off all colour treatments until Sunday.'
cli campaign start "Spring sale"
cli send --due
# Replies for the Inbox: today's from people the spring sale reached, older ones from others.
# Times are relative to now, so the review deadlines wear the same colours whenever the pictures
# are taken: one past (red), one near (amber), one with time left.
ask() { "$build/app/cli/textwell-cli" --database "$work/demo.sqlite" "$@"; }
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

# shoot NAME DATABASE LANGUAGE [--appearance MODE] [xdotool steps...]: start the app, run the
# steps, photograph.
shoot() {
  local name=$1 database=$2 language=$3 appearance=system
  shift 3
  if [[ ${1:-} == --appearance ]]; then
    appearance=$2
    shift 2
  fi
  xvfb-run -a -s "-screen 0 1200x760x24" bash -c '
    app=$1; database=$2; language=$3; appearance=$4; png=$5; shift 5
    XDG_CONFIG_HOME=$(mktemp -d) "$app" --database "$database" --language "$language" --appearance "$appearance" &
    pid=$!
    sleep 3
    for step in "$@"; do eval "$step"; sleep 0.7; done
    import -window root "$png"
    kill $pid' _ "$build/app/textwell/textwell" "$database" "$language" "$appearance" "$out/$name.png" "$@"
  echo "wrote $out/$name.png"
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

for lang in "${languages[@]}"; do
  "$build/app/cli/textwell-cli" --database "$work/empty-$lang.sqlite" init >/dev/null
  suffix=$([[ $lang == en ]] && echo "" || echo "-$lang")
  # The sidebar: Dashboard, Address book, Segments, Compose, Campaigns 40 pixels apart from 38,
  # then Inbox (a row with room for a second line: "3 to review") at 245, Reports at 292 and
  # Settings at 332. The app opens on the dashboard.
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
  shoot "settings$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 332 click 1"
  # Settings → Replies, scrolled to, showing the words and texts of the shot's own language.
  case $lang in ru) keys="Down Return" ;; de) keys="Down Down Return" ;; *) keys="Escape" ;; esac
  shoot "settings-replies$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 332 click 1" \
    "xdotool mousemove 1100 400 click 5 click 5 click 5 click 5 click 5 click 5 click 5 click 5 click 5 click 5" \
    "xdotool mousemove 560 140 click 1" "xdotool key $keys"
  # The gateway settings as a Kannel user sees them. Nothing to send meanwhile: with campaigns
  # to send and no keychain, the app would first ask for Kannel's password.
  cli campaign pause "Weekend offer" || true
  cli campaign pause "Christmas greetings" || true
  cli settings set gateway kannel
  cli settings set kannel-username salon
  cli settings set kannel-from 4930123456
  # Three wheel steps bring Sending into view; Replies follows below it.
  shoot "settings-gateway$suffix" "$work/demo.sqlite" "$lang" "xdotool mousemove 60 332 click 1" \
    "xdotool mousemove 1100 400 click 5 click 5 click 5"
  cli settings set gateway file
  cli campaign resume "Weekend offer" || true
  cli campaign resume "Christmas greetings" || true
done
