#!/usr/bin/python3
# check-schema.py: the JSON Schema and the real loader agree on every routine.
#
# Validates the bundled routines (data/routines/*.json) and every fixture
# (tests/fixtures/routines/{good,bad}/*.json) with python3-jsonschema against
# data/routine.schema.json, runs `$LIMBER_BIN --validate FILE` on each, and
# checks that both say the same: bundled and good files valid for both, bad
# files invalid for both, except the files in SCHEMA_CANNOT_TELL. Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import decimal
import glob
import json
import os
import subprocess
import sys

import jsonschema

ROOT = os.environ.get('LIMBER_SOURCE_ROOT') or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMBER = os.environ.get('LIMBER_BIN')

# Bad files that break only a rule JSON Schema cannot state: a bound of
# "progression" compared with the exercise's own duration or reps (a schema
# cannot compare two members). The schema accepts them, the loader must not.
SCHEMA_CANNOT_TELL = {
    'bad/progression-min-above-duration.json',
    'bad/progression-min-above-reps.json',
    'bad/progression-max-below-duration.json',
    'bad/progression-max-below-reps.json',
}


def schema_problem(validator, path):
    """None when the file is valid for the schema, else why not."""
    try:
        with open(path, 'rb') as f:
            text = f.read().decode('utf-8')
        # The format's whole numbers are JSON integers only: read every
        # number with a fraction or an exponent as a Decimal, which the
        # schema's "integer" does not accept (a float 30.0 would pass).
        data = json.loads(text, parse_float=decimal.Decimal,
                          parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        return 'not JSON: %s' % e
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return None
    return '%s: %s' % ('/'.join(str(p) for p in error.absolute_path), error.message[:200])


def loader_problem(path):
    """None when `limber --validate` accepts the file, else its output."""
    result = subprocess.run([LIMBER, '--validate', path], capture_output=True, text=True, timeout=60)
    if result.returncode == 0:
        return None
    if result.returncode != 1:
        return 'exit status %d: %s%s' % (result.returncode, result.stdout, result.stderr)
    return result.stdout.strip() or '(no message)'


def main():
    with open(os.path.join(ROOT, 'data', 'routine.schema.json'), encoding='utf-8') as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    cases = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'data', 'routines', '*.json'))):
        cases.append(('bundled', path, True))
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'fixtures', 'routines', 'good', '*.json'))):
        cases.append(('good', path, True))
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'fixtures', 'routines', 'bad', '*.json'))):
        cases.append(('bad', path, False))

    names = set('%s/%s' % (kind, os.path.basename(path)) for kind, path, valid in cases)
    missing = sorted(SCHEMA_CANNOT_TELL - names)
    checks = 2 if LIMBER else 1
    print('1..%d' % (1 + len(missing) + len(cases) * checks))
    n = 1
    print('ok %d - the schema is a valid draft 2020-12 schema' % n)
    failed = 0
    for name in missing:
        n += 1
        failed += 1
        print('not ok %d - %s is listed in SCHEMA_CANNOT_TELL but is not a fixture' % (n, name))
    for kind, path, valid in cases:
        name = '%s/%s' % (kind, os.path.basename(path))
        s = schema_problem(validator, path)
        n += 1
        if name in SCHEMA_CANNOT_TELL:
            if s is None:
                print('ok %d - schema: %s is valid (a bound against the exercise\'s own value: loader only)' % (n, name))
            else:
                failed += 1
                print('not ok %d - schema: %s should be valid for the schema (listed in SCHEMA_CANNOT_TELL)' % (n, name))
                print('# %s' % s)
            if LIMBER:
                l = loader_problem(path)
                n += 1
                if l is not None:
                    print('ok %d - loader: %s is invalid' % (n, name))
                else:
                    failed += 1
                    print('not ok %d - loader: %s should be invalid' % (n, name))
            continue
        if (s is None) == valid:
            print('ok %d - schema: %s is %s' % (n, name, 'valid' if valid else 'invalid'))
        else:
            failed += 1
            print('not ok %d - schema: %s should be %s' % (n, name, 'valid' if valid else 'invalid'))
            print('# %s' % (s or 'the schema accepts it'))
        if not LIMBER:
            continue
        l = loader_problem(path)
        n += 1
        if (l is None) == valid and (l is None) == (s is None):
            print('ok %d - loader agrees: %s is %s' % (n, name, 'valid' if valid else 'invalid'))
        else:
            failed += 1
            print('not ok %d - loader: %s should be %s' % (n, name, 'valid' if valid else 'invalid'))
            for line in (l or 'the loader accepts it').splitlines():
                print('# %s' % line)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
