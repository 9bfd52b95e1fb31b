#!/usr/bin/env python3
"""Checks the page templates against the message catalogue `i18n/en.ftl`.

Run from the repository root (or anywhere): `python3 tests/i18n_keys.py`.
Exits 1 on a failure, 0 otherwise.

(a) Every key a template uses, `t(key="…")` or a component's `key="…"` (e.g.
    `{{ <count_badge n={x} key="count-content-gaps" /> }}`), must be a message of en.ftl.
    A dynamic key `t(key="status-" ~ s)` must exist for every value of the model's enum
    behind that prefix (read from `src/model/mod.rs`). FAILS the run.
(b) en.ftl keys no template uses, informational. Keys that the Rust sources name as a
    string literal, and keys with a prefix that the Rust code builds (`diagram-`, `lane-`,
    `emotion-`, `severity-`), are listed apart.
(c) A crude leftover-English detector: text between `>` and `<` (after removing every
    `{{ }}`, `{% %}`, `{# #}`) with at least two ASCII letters, literal English in
    `aria-label` / `title` / `placeholder` / `alt` attributes, in string literals inside
    Tera tags (a component's `label="overdue"`, `one="gap"`; keys, `tone=`, comparisons
    with enum values are not flagged), and in `page_title` blocks. Text inside `<code>` (paths, commands) is
    listed as allowed; anything else FAILS the run (fix it, or add it to ALLOWED below).
(d) The other built-in catalogues `i18n/*.ftl` against en.ftl's keys, informational
    (translations may lag; `check` reports `missing-translation`, and a Rust unit test
    wants exactly the English keys).
"""

import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATES = os.path.join(ROOT, "templates")
EN = os.path.join(ROOT, "i18n", "en.ftl")
MODEL = os.path.join(ROOT, "src", "model", "mod.rs")

# Prefixes whose keys the Rust code builds or names (diagrams, lanes, legend).
RUST_PREFIXES = ("diagram-", "lane-", "emotion-", "severity-")

# Dynamic key prefix in templates -> Rust enum whose kebab-case variants complete it.
ENUM_OF_PREFIX = {
    "state-": "MapState",
    "status-": "AssetStatus",
    "severity-": "Severity",
    "opp-": "OpportunityStatus",
    "buying-role-": "BuyingRole",
    "confidence-": "Confidence",
    "level-": "Level",
}

# Text nodes (c) that are fine as they are, besides anything inside <code>.
ALLOWED = {
    "?",  # hand-off with no team (journey.html)
}

TERA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


def ftl_keys(path):
    """Message ids of a Fluent file (not terms, not attributes), in file order."""
    keys = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"([a-zA-Z][a-zA-Z0-9_-]*)\s*=", line)
            if m:
                keys.append(m.group(1))
    return keys


def kebab(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def enum_values(enum):
    """Kebab-case variants of `pub enum ENUM` in src/model/mod.rs (serde rename_all)."""
    try:
        src = open(MODEL, encoding="utf-8").read()
    except OSError:
        return None
    m = re.search(r"pub enum %s\s*\{(.*?)\n\}" % enum, src, re.S)
    if not m:
        return None
    body = re.sub(r"//[^\n]*", "", m.group(1))
    body = re.sub(r"#\[[^\]]*\]", "", body)
    return [kebab(v) for v in re.findall(r"\b([A-Z][A-Za-z0-9]*)\s*,", body)]


def rust_literals():
    lits = set()
    for p in glob.glob(os.path.join(ROOT, "src", "**", "*.rs"), recursive=True):
        with open(p, encoding="utf-8") as f:
            lits.update(re.findall(r'"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"', f.read()))
    return lits


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def main():
    failed = False
    en = ftl_keys(EN)
    en_set = set(en)
    dups = sorted({k for k in en if en.count(k) > 1})
    if dups:
        failed = True
        print("FAIL: keys defined twice in en.ftl: " + ", ".join(dups))

    used = {}  # key -> [file:line]
    prefixes = {}  # prefix -> [file:line]
    texts = {}
    for path in sorted(glob.glob(os.path.join(TEMPLATES, "*.html"))):
        name = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        texts[name] = text
        for m in re.finditer(r'\bkey\s*=\s*"([^"]+)"(\s*~)?', text):
            where = "%s:%d" % (name, line_of(text, m.start()))
            if m.group(2):
                prefixes.setdefault(m.group(1), []).append(where)
            else:
                used.setdefault(m.group(1), []).append(where)
        # A key given any other way (a variable, single quotes) is not checked: say so.
        for m in re.finditer(r"\bt\(\s*key\s*=\s*(?!\")([^,)]+)", text):
            arg = m.group(1).strip()
            if arg != "key":  # count_badge's own parameter
                print("note: %s:%d: t() with a key the check cannot read: %s"
                      % (name, line_of(text, m.start()), arg))

    # (a)
    print("== (a) keys used by templates: %d literal, %d dynamic prefixes"
          % (len(used), len(prefixes)))
    missing = sorted(k for k in used if k not in en_set)
    for k in missing:
        failed = True
        print("FAIL: key %r is not in i18n/en.ftl (used at %s)" % (k, ", ".join(used[k])))
    dynamic_used = set()
    for p, wheres in sorted(prefixes.items()):
        enum = ENUM_OF_PREFIX.get(p)
        values = enum_values(enum) if enum else None
        if values:
            for v in values:
                k = p + v
                dynamic_used.add(k)
                if k not in en_set:
                    failed = True
                    print("FAIL: key %r (prefix %r, enum %s) is not in i18n/en.ftl (%s)"
                          % (k, p, enum, ", ".join(wheres)))
        else:
            ks = [k for k in en if k.startswith(p)]
            dynamic_used.update(ks)
            if not ks:
                failed = True
                print("FAIL: no key in i18n/en.ftl starts with %r (%s)" % (p, ", ".join(wheres)))
            else:
                print("note: prefix %r has no known enum; counting its %d keys as used"
                      % (p, len(ks)))
    if not missing:
        print("ok: every literal key is in en.ftl")

    # (b)
    lits = rust_literals()
    unused = [k for k in en if k not in used and k not in dynamic_used]
    from_rust = [k for k in unused if k.startswith(RUST_PREFIXES) or k in lits]
    really = [k for k in unused if k not in from_rust]
    print("\n== (b) en.ftl keys unused by templates: %d (%d used from Rust)"
          % (len(unused), len(from_rust)))
    print("   from Rust: " + " ".join(from_rust))
    print("   unused anywhere (candidates for removal, or missing from a template):")
    for k in really:
        print("     " + k)

    # (c)
    print("\n== (c) leftover English in templates")
    leftovers = 0
    for name, text in texts.items():
        stripped = TERA_TAG.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
        # Text nodes.
        for m in re.finditer(r">([^<>]*)<", stripped):
            node = m.group(1)
            if len(re.findall(r"[A-Za-z]", node)) < 2:
                continue
            s = node.strip()
            ln = line_of(text, m.start(1))
            before = stripped[: m.start()]
            in_code = before.rfind("<code") > before.rfind("</code>")
            if in_code or s in ALLOWED:
                print("   allowed %s:%d: %r%s" % (name, ln, s, " (code)" if in_code else ""))
            else:
                leftovers += 1
                print("   LEFTOVER %s:%d: %r" % (name, ln, s))
        # Attributes shown to people.
        for m in re.finditer(r'\b(aria-label|title|placeholder|alt)="([^"]*)"', stripped):
            if len(re.findall(r"[A-Za-z]", m.group(2))) >= 2:
                leftovers += 1
                print("   LEFTOVER %s:%d: %s=%r" % (name, line_of(text, m.start()),
                                                    m.group(1), m.group(2)))
        # String literals inside Tera tags: a component's `label="overdue"`, `one="gap"`,
        # an array of headings `[["Goals", …]]`. Not flagged: keys (`key="…"`, a
        # `"prefix-" ~ x`), `tone=`/`sep=`, comparisons with enum values (`== "known"`),
        # `extends`/`import` paths, and component definitions (parameter defaults).
        no_comments = re.sub(r"\{#.*?#\}", lambda m: re.sub(r"[^\n]", " ", m.group(0)),
                             text, flags=re.S)
        for m in re.finditer(r"\{\{.*?\}\}|\{%.*?%\}", no_comments, re.S):
            tag = m.group(0)
            if re.match(r"\{%-?\s*(component|extends|import|include)\b", tag):
                continue
            for lit in re.finditer(
                    r'(\b[\w-]+\s*=\s*|[=!]=\s*|\bin\s+)?"([^"]*)"(\s*~)?', tag):
                pre = (lit.group(1) or "").strip()
                if lit.group(3) or pre in ("==", "!=", "in"):
                    continue
                if re.match(r"(key|tone|sep)\s*=", pre):
                    continue
                if len(re.findall(r"[A-Za-z]", lit.group(2))) < 2:
                    continue
                # `{name}`: a placeholder the page's script fills in, not words.
                if re.fullmatch(r"\{[a-z]+\}", lit.group(2)):
                    continue
                leftovers += 1
                print("   LEFTOVER %s:%d: string literal %s%r in a tag"
                      % (name, line_of(no_comments, m.start() + lit.start()), pre,
                         lit.group(2)))
        # The page title.
        for m in re.finditer(r"\{%-?\s*block page_title\s*-?%\}(.*?)\{%-?\s*endblock", text, re.S):
            rest = TERA_TAG.sub("", m.group(1))
            if len(re.findall(r"[A-Za-z]", rest)) >= 2:
                leftovers += 1
                print("   LEFTOVER %s:%d: page_title %r" % (name, line_of(text, m.start()),
                                                            rest.strip()))
    if leftovers:
        failed = True
        print("FAIL: %d leftover English string(s) in templates" % leftovers)
    else:
        print("ok: no leftover English outside <code>")

    # (d)
    print("\n== (d) other catalogues against en.ftl (informational; -v lists the keys)")
    verbose = "-v" in sys.argv[1:]
    seen = {}
    for p in sorted(glob.glob(os.path.join(ROOT, "i18n", "*.ftl"))):
        if os.path.abspath(p) == os.path.abspath(EN):
            continue
        ks = set(ftl_keys(p))
        miss = tuple(k for k in en if k not in ks)
        extra = tuple(sorted(ks - en_set))
        print("   %s: %d missing, %d extra" % (os.path.basename(p), len(miss), len(extra)))
        seen.setdefault((miss, extra), []).append(os.path.basename(p))
    if verbose:
        for (miss, extra), files in seen.items():
            if miss or extra:
                print("   %s:" % " ".join(files))
                print("     missing: " + " ".join(miss))
                print("     extra:   " + " ".join(extra))

    print("\nFAILED" if failed else "\nOK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
