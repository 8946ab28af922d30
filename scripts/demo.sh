#!/usr/bin/env bash
# One-command demo: a server with 大庆市 and three counties; two staff laptops of 肇州县 editing offline and
# conflicting; the city replica receiving the county plan, returning and accepting a submission, rolling up the
# counties' indicators and exporting the tables and the printable report (report.html). Everything runs on
# 127.0.0.1 in a scratch folder.
# Set KEEP=1 to keep the scratch folder (its path is printed) and the server running for a look around.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --product tributary --product tributary-server 2>&1 | tail -1 || swift build
BIN="$(swift build --show-bin-path)"
T="$BIN/tributary"
S="$BIN/tributary-server"
WORK="$(mktemp -d /tmp/tributary-demo.XXXXXX)"
# attach keeps tokens under $XDG_CONFIG_HOME/tributary/credentials: the demo's stay in its scratch folder.
export XDG_CONFIG_HOME="$WORK/config"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
cleanup() {
    [ -n "${SERVER_PID:-}" ] && [ -z "${KEEP:-}" ] && kill "$SERVER_PID" 2>/dev/null || true
    [ -z "${KEEP:-}" ] && rm -rf "$WORK" || echo "kept: $WORK (server pid ${SERVER_PID:-})"
}
trap cleanup EXIT

say "服务器：建立大庆市及三个县区的账号 / server: city, counties, users, tokens"
"$S" demo-setup --data "$WORK/server" > "$WORK/tokens.json"
# A fresh token per use (the secrets in tokens.json work too; this needs no JSON tool).
token() { "$S" token issue "$1" --data "$WORK/server" 2>/dev/null; }
"$S" serve --data "$WORK/server" --host 127.0.0.1 --port 0 2> "$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q "listening on" "$WORK/server.log" 2>/dev/null && break; sleep 0.1; done
URL="$(grep -o 'listening on http://[0-9.:]*' "$WORK/server.log" | head -1 | sed 's/listening on //')"
echo "server at $URL"

A="$WORK/zhaozhou-a.db"; B="$WORK/zhaozhou-b.db"; C="$WORK/daqing.db"
say "肇州县：离线起草规划 / county drafts its plan offline"
"$T" init --db "$A" --office zhaozhou --name 肇州县 --parent daqing --user zhaozhou-editor
P=$("$T" plan create --db "$A" --title "肇州县2025年教育工作计划" --period 2025 --kind annual)
G=$("$T" add section --db "$A" --plan "$P" --heading 主要目标 --body "到2025年，全县学前三年毛入园率达95%以上。")
I=$("$T" add indicator --db "$A" --plan "$P" --section "$G" --name 学前三年毛入园率 --comparator ≥ --value 95 --unit % --year 2025 --scope 全县)
"$T" add indicator --db "$A" --plan "$P" --section "$G" --name 新增幼儿园学位 --comparator ≥ --value 600 --unit 个 --year 2025 >/dev/null
"$T" add task --db "$A" --plan "$P" --section "$G" --title 义务教育优质均衡达标迎检 --lead 县教育局 --due 2023 >/dev/null
"$T" show --db "$A" "$P"

say "连接服务器并同步；第二台电脑下载同一规划 / attach, sync; a second laptop bootstraps"
"$T" attach --db "$A" --server "$URL" --token-stdin <<< "$(token zhaozhou-editor)"
"$T" sync --db "$A" || true
"$T" init --db "$B" --office zhaozhou --name 肇州县 --parent daqing --user zhaozhou-editor
"$T" attach --db "$B" --server "$URL" --token-stdin <<< "$(token zhaozhou-editor)"

say "两台电脑离线修改同一段落 / both laptops edit the same paragraph offline"
"$T" set --db "$A" "$G" body "到2025年，全县学前三年毛入园率达97%以上，普惠性幼儿园覆盖率达90%以上。"
"$T" set --db "$B" "$G" body "到2025年，全县学前三年毛入园率达96%以上。"
"$T" sync --db "$A" || true
"$T" sync --db "$B" || true
"$T" sync --db "$A" || true
"$T" status --db "$A"

say "市局：下载县区规划，县区报送，市局退回 / the city sees the plan; submit; return with a comment"
"$T" init --db "$C" --office daqing --name 大庆市 --level city --user daqing-reviewer
"$T" attach --db "$C" --server "$URL" --token-stdin <<< "$(token daqing-reviewer)"
SUB=$("$T" submissions submit --db "$A" "$P" --note 初稿 | grep -o '[0-9a-f-]\{36\}')
"$T" sync --db "$A" >/dev/null || true
"$T" sync --db "$C" >/dev/null || true
"$T" submissions list --db "$C"
"$T" submissions return --db "$C" "$SUB" --note "毛入园率目标偏低" --comment "$I:应不低于97%"
"$T" sync --db "$C" >/dev/null || true
"$T" sync --db "$A" >/dev/null || true
"$T" submissions list --db "$A"

say "县区修改后再次报送，市局通过 / revise, resubmit, accept"
"$T" set --db "$A" "$I" value 97
SUB2=$("$T" submissions submit --db "$A" "$P" --note 已按意见修改 | grep -o '[0-9a-f-]\{36\}')
"$T" sync --db "$A" >/dev/null || true
"$T" sync --db "$C" >/dev/null || true
"$T" submissions compare --db "$C" "$SUB" "$SUB2"
"$T" submissions accept --db "$C" "$SUB2"

say "另两个县：肇源县指标尚为占位符 XX，林甸县未填毛入园率 / two more counties: a placeholder and a missing indicator"
Y="$WORK/zhaoyuan.db"; L="$WORK/lindian.db"
"$T" init --db "$Y" --office zhaoyuan --name 肇源县 --parent daqing --user zhaoyuan-editor >/dev/null
"$T" attach --db "$Y" --server "$URL" --token-stdin <<< "$(token zhaoyuan-editor)" >/dev/null
PY=$("$T" plan create --db "$Y" --title "肇源县2025年教育工作计划" --period 2025 --kind annual)
"$T" add indicator --db "$Y" --plan "$PY" --name 学前三年毛入园率 --comparator ≥ --value XX --unit % --year 2025 >/dev/null
"$T" add indicator --db "$Y" --plan "$PY" --name 新增幼儿园学位 --comparator ≥ --value 400 --unit 个 >/dev/null
"$T" init --db "$L" --office lindian --name 林甸县 --parent daqing --user lindian-editor >/dev/null
"$T" attach --db "$L" --server "$URL" --token-stdin <<< "$(token lindian-editor)" >/dev/null
PL=$("$T" plan create --db "$L" --title "林甸县2025年教育工作计划" --period 2025 --kind annual)
"$T" add indicator --db "$L" --plan "$PL" --name 新增幼儿园学位 --comparator ≥ --value 500 --unit 个 >/dev/null
SUBY=$("$T" submissions submit --db "$Y" "$PY" --note 初稿 | grep -o '[0-9a-f-]\{36\}')
"$T" sync --db "$Y" >/dev/null || true
"$T" sync --db "$L" >/dev/null || true
"$T" sync --db "$C" >/dev/null || true
# Accepted with its placeholder: the roll-up and the report show it as 待填, never as zero.
"$T" submissions accept --db "$C" "$SUBY" >/dev/null

say "市级规划与县区指标汇总 / the city plan and the roll-up"
CP=$("$T" plan create --db "$C" --title "大庆市2025年教育工作要点" --period 2025 --kind annual)
"$T" add indicator --db "$C" --plan "$CP" --name 新增幼儿园学位 --comparator ≥ --value 1500 --unit 个 --year 2025 --rollup sum >/dev/null
"$T" add indicator --db "$C" --plan "$CP" --name 学前三年毛入园率 --comparator ≥ --value 97 --unit % --year 2025 --rollup min >/dev/null
"$T" add task --db "$C" --plan "$CP" --title 义务教育优质均衡达标迎检 --county 肇州县 --due 2023 --lead 市教育局 >/dev/null
"$T" sync --db "$C" >/dev/null || true
"$T" rollup --db "$C" "$CP"
"$T" board --db "$C" "$CP"
"$T" export --db "$C" rollup "$CP" -o "$WORK/rollup.csv"
"$T" export --db "$C" tasks "$CP" -o "$WORK/tasks.csv"
"$T" export --db "$C" markdown "$CP" -o "$WORK/plan.md"
"$T" export --db "$C" report "$CP" -o "$WORK/report.html"
echo "（报告 / the report: open $WORK/report.html in a browser; KEEP=1 keeps it）"
say "冲突审阅：两台电脑改了同一段落 / the paragraph conflict, as every replica records it"
"$T" conflicts --db "$A"
CID=$("$T" conflicts --db "$A" --json | grep -o '"id" : "[^"]*"' | head -1 | sed 's/.*: "//; s/"$//')
"$T" conflicts show --db "$A" "$CID"
echo "（全屏审阅 / full screen: $T review --db $A）"
"$T" conflicts resolve --db "$A" "$CID" --take-loser
"$T" sync --db "$A" >/dev/null || true
"$T" sync --db "$B" >/dev/null || true
"$T" sync --db "$C" >/dev/null || true
"$T" status --db "$C"
