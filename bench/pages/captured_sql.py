"""Turns the PostgreSQL statement log of one request (log_min_duration_statement = 0, the server's own log file)
into a pgbench script: every executed statement in order, its bind parameters written in as literals. Reads the
log on stdin, writes the script on stdout."""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \w+ \[\d+\] (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  ?(.*)$")
EXECUTED = re.compile(r"^duration: [\d.]+ ms  (?:execute [^:]+|statement): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def entries(lines):
    current = None
    for raw in lines:
        text = raw.rstrip("\n")
        m = ENTRY.match(text)
        if m:
            if current:
                yield current
            current = [m.group(1), m.group(2)]
        elif current:
            current[1] += "\n" + text  # a continuation line of a multi-line statement
    if current:
        yield current


def main():
    statements = []
    for kind, text in entries(sys.stdin):
        if kind == "LOG":
            m = EXECUTED.match(text)
            if m:
                statements.append([m.group(1).strip(), None])
        elif kind == "DETAIL" and text.startswith("Parameters:") and statements and statements[-1][1] is None:
            statements[-1][1] = dict((int(n), v) for n, v in PARAMETER.findall(text))
    for sql, params in statements:
        # empty statements, and the harness's own switching of the statement log
        if not sql or sql.startswith("ALTER SYSTEM") or sql.startswith("SELECT pg_reload_conf()"):
            continue
        if params:
            sql = re.sub(r"\$(\d+)", lambda m: params.get(int(m.group(1)), m.group(0)), sql)
        sql = sql.rstrip().rstrip(";")
        # a row the request added (a session attribute on first use) is there already when the script runs again
        if re.match(r"(?is)^INSERT\s", sql) and not re.search(r"(?i)ON\s+CONFLICT", sql):
            parts = re.split(r"(?i)(\s+RETURNING\s)", sql, maxsplit=1)
            sql = parts[0] + " ON CONFLICT DO NOTHING" + "".join(parts[1:])
        # pgbench ends a command at a semicolon at the end of a line, so one statement must not contain one there
        sql = re.sub(r";\s*\n", "\n", sql)
        print(sql + ";")


if __name__ == "__main__":
    main()
