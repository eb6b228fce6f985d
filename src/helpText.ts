// The examples and notes `--help` shows after each command's options, in English; their French,
// Dutch and German are in helpTranslations.ts, keyed by these very texts.

export const MAIN_EXAMPLES = `
Examples:
  banqup-import template                        write the blank sheet to clients.xlsx
  banqup-import clients.xlsx --dry-run          check the sheet, send nothing
  banqup-import clients.xlsx --dry-run --report clients.errors.xlsx
                                                check, and write your sheet back with an Errors column
  banqup-import clients.csv --dry-run --json    one JSON document on stdout, for scripts
  cat clients.csv | banqup-import - --dry-run   read the sheet from standard input
  banqup-import clients.xlsx                    check, then import into Banqup and provision
                                                (needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET)
  banqup-import clients.xlsx --results done.csv import, and write row → client id → status
  banqup-import status clients.xlsx             what Banqup holds now for each row (read-only)

Round trip: fix clients in a sheet and update exactly what you changed
  banqup-import export -o clients.xlsx          every client of the space, in the template's format
  (edit some cells in clients.xlsx: an address, an e-mail, an IBAN …)
  banqup-import clients.xlsx --update --dry-run shows each change, old → new; sends nothing
  banqup-import clients.xlsx --update           changes exactly those fields; a second run changes nothing
  banqup-import sandbox                         start the local sandbox API (demo credentials)

Exit codes:
  0 no errors   2 usage or input problem   3 rows with errors (nothing sent)
  4 access refused   5 some rows failed at the API   6 API unavailable   130 interrupted
  1 internal error (a bug)

Environment:
  BANQUP_CLIENT_ID, BANQUP_CLIENT_SECRET   API credentials (never passed as flags)
  BANQUP_API_URL                           API base URL (for the local sandbox)
  NO_COLOR, FORCE_COLOR                    colour off / on
  COLUMNS                                  table width when the terminal gives none (default 100)
  XDG_STATE_HOME                           where journals are kept (default ~/.local/state/banqup-import)
  LC_ALL, LC_MESSAGES, LANG                language when --lang is not given (nl* Dutch, de* German, fr* French)
`;

export const TEMPLATE_EXAMPLES = `
Examples:
  banqup-import template                     writes clients.xlsx in the current folder
  banqup-import template -o acme.xlsx        writes acme.xlsx
  banqup-import template -o acme.xlsx --force
                                             replaces an existing acme.xlsx
  banqup-import template -o - > blank.xlsx   writes to standard output (not to a terminal)
`;

export const EXPORT_EXAMPLES = `
Examples:
  banqup-import export                          writes banqup-clients.xlsx (refuses to replace it without --force)
  banqup-import export -o clients.xlsx          the template's columns A-R, then client id, status, links
  banqup-import export -o clients.csv           the same as CSV; -o clients.json for scripts
  banqup-import export -o - > clients.csv       CSV on standard output
  banqup-import clients.xlsx --update --dry-run then: each change, old → new
  banqup-import clients.xlsx --update           and: exactly those fields updated
  (needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET; sends no write)
`;

export const STATUS_EXAMPLES = `
Examples:
  banqup-import status clients.xlsx                what Banqup holds for each row: not found, inactive, active
  banqup-import status clients.xlsx --json         the same as one JSON document
  banqup-import status clients.xlsx --results now.csv
                                                   also write row → client id → state to a file
  (needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET; sends no write)
`;

export const SANDBOX_EXAMPLES = `
Examples:
  banqup-import sandbox                      on http://127.0.0.1:8787, demo credentials
  banqup-import sandbox > sandbox.env &      then ". ./sandbox.env" sets BANQUP_API_URL and co.
  banqup-import sandbox --port 0             any free port (printed)
  banqup-import sandbox --latency 50 --jitter 20 --rate-limit 5:10
                                             50-70 ms per answer, 5 requests/s, bursts of 10
  banqup-import sandbox --fault-rate 0.1 --fault-seed 7
                                             one request in ten fails, the same way every run
  banqup-import sandbox --faults http503,dropAfter --fault-rate 0.2
  banqup-import sandbox --fault 'dropAfter@3:POST:/partner/v1/spaces/*/clients'
                                             the 3rd create is done, then its connection drops
  banqup-import sandbox --concurrent-edits 0.3 --fault-seed 7
                                             3 PATCHes in 10 meet another user's edit first: 412
  banqup-import sandbox --invalid-rcs B123456,B654321 --state-file sandbox-state.json
Faults: http500 http502html http503 http504 http429 dropBefore dropAfter slow revokeToken truncated
concurrentEdit (PATCH only: another user edits the client first, e.g.
'concurrentEdit@2:PATCH:/partner/v1/spaces/*/clients/*').
Sandbox-only endpoints (no token): GET /_sandbox/clients, /_sandbox/stats, /_sandbox/requests,
/_sandbox/patches, /_sandbox/spaces; POST /_sandbox/faults with a fault as JSON, e.g.
{"kind": "dropAfter", "nth": 1, "method": "POST", "path": "/partner/v1/spaces/*/clients"}.
`;

export const ADD_EXAMPLES = `
Examples:
  banqup-import add --name "Boulangerie Schmit S.à r.l." --street "12 rue de la Gare" --zip 1611 \\
    --city Luxembourg --country LU --rcs B123456 --iban "LU28 0019 4006 4475 0000" --language fr \\
    --contact-name "Anne Schmit" --contact-language fr --contact-email anne@schmit.lu --ref CLI-0042
                                             create the client and activate it; prints its two links
  banqup-import add … --dry-run              check the values (and, with credentials, what Banqup holds)
  banqup-import add … --no-activate          create it and leave it inactive
  banqup-import add … --share-documents docs@fidu.lu
                                             share its documents with the firm (Banqup Files)
  banqup-import add … --json                 the row object of the import's JSON, for scripts
In a terminal, the values you leave out are asked for; in a script they are an error (exit 2).
Running the same add again makes no second client: it says the client is already there (exit 0).
(needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET, except for --dry-run)
`;

export const ACTIVATE_EXAMPLES = `
Examples:
  banqup-import activate --dry-run           list the inactive clients of the space, activate nothing
  banqup-import activate                     activate them all, after you confirm their number
  banqup-import activate --yes               the same in a script (no question asked)
  banqup-import activate clients.xlsx --yes  only the clients of the sheet's rows
  banqup-import activate --yes --results activated.xlsx
                                             also write client → status → its two links to a file
Interrupted, run it again: it goes on with the clients still inactive (none is activated twice).
(needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET)
`;

export const STATUS_SPACE_EXAMPLES = `Without a sheet, every client of the space:
  banqup-import status                             each client with its state and links, the counts
  banqup-import status --ndjson                    the same, one JSON line per client
`;
