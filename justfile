# Recipes for working on rebeam: each is a plain go command, so it can be
# typed by hand where just is not installed.

# Run every test; tests that compare with CPython skip without python3 3.11.
test:
    go test ./...

# Run the quick subset: a sample of the standard library, not all of it.
test-short:
    go test -short ./...

# Run the Python conformance programs.
conformance:
    go test ./conformance/...

# Compare every standard-library file's tree with python3 -m ast -a.
stdlib:
    go test ./ast -run 'TestStdlib' -v

# Regenerate golden files from python3 (the syntax error table and others).
update:
    go test ./ast -run 'SyntaxError' -update

# Run every Go benchmark once over its corpus, then the interpreter's speed
# comparison with python3 (bench-interp below).
bench:
    go test -run '^$' -bench . ./...
    go test ./bench -run TestCompare -v -count=1 -timeout 60m -bench-compare

# Parse the whole standard library: MB/s beside CPython's, bytes per source byte.
bench-parse:
    go test ./ast -run '^$' -bench ParseStdlib -benchtime 5x

# Fuzz the parser for ten minutes; a failing input lands in ast/testdata/fuzz/FuzzParse.
fuzz:
    go test ./ast -run '^$' -fuzz FuzzParse -fuzztime 10m -timeout 30m

# Fuzz the interpreter for ten minutes: arbitrary programs, seeded from the
# conformance corpus, must not panic or hang; a failing input lands in
# interp/testdata/fuzz/FuzzExec.
fuzz-interp:
    go test ./interp -run '^$' -fuzz FuzzExec -fuzztime 10m -timeout 30m

# Check formatting and vet.
lint:
    test -z "$(gofmt -l .)" || (gofmt -l . && exit 1)
    go vet ./...

# Time bench/programs/*.py under rebeam and python3 and print each ratio and
# their geometric mean; see bench/README.md for flags and how to read it.
bench-interp:
    go test ./bench -run TestCompare -v -count=1 -timeout 60m -bench-compare

# The actor runtime's anchors of issue 4 (calls, casts, idle spawns and
# bytes per process, supervised restarts) beside Elixir's, measured in the
# same run when elixir is installed; REBEAM_MILLION=1 adds a million idle
# processes.
bench-actors:
    go test ./actor -run 'TestBenchActors|TestMillionProcesses' -count=1 -v -bench-actors -timeout 30m

# The network anchors of issue 7, beside CPython in the same run: echo
# over loopback with 500 concurrent clients (against asyncio), and wrk
# against examples/webserver (against CPython's http.server; needs wrk).
bench-net:
    go test ./bench -run TestNet -count=1 -v -bench-net -timeout 30m
