/** The text of `pressure-points --help`. */
export const USAGE = `Usage: pressure-points annotate [options] INPUT...
       npm run annotate -- [options] INPUT...

Finds the levers of trade disputes (tariffs, export controls, rare earths, chips, sanctions, ...) in news text: for
each mention, the side that holds it and which way it is pulled (tighten, relax or neutral).

Inputs (any mix; output follows the order given, and sorted file names within a directory or a pattern):
  FILE          a .txt file (read as it is) or an .html/.htm file (reduced to its article text, as in the browser)
  DIRECTORY     every .txt, .html and .htm file under it, recursively (hidden files and folders are skipped)
  'PATTERN'     a glob such as 'archive/**/*.html' or 'news/2005-0[1-6]*.txt' (quote it, or the shell expands it)
  -             standard input: HTML when it starts with a tag, plain text otherwise (see --stdin-as)

Output (to stdout; choose one):
  (default)     a table per input: each mention, then the tally per side
  --json        one JSON document: {"documents": [{"file", "mentions": [...], "tally"}]}
  --jsonl       one JSON object per line and per input, {"file", "mentions", "tally"}, written as soon as that
                input and every one before it are done: a stage in a pipeline, GNU parallel or Spark's pipe()
  --csv         one row per mention: file,start,end,text,lever,category,side,stance,confidence,sentence
                (RFC 4180 quoting, CRLF line ends, a header row)
  --summary     the tally per side over all inputs: documents, mentions, tighten, relax, neutral, top levers
  --summary --json   the same summary as JSON

  Every mention has: start, end (JavaScript string offsets into the text), text, lever, category, side (null when
  nothing in the text says), stance, confidence (0..1), sentence.

Options:
  -j, --jobs N        worker threads (default: the number of CPU cores; 1 works in the main thread)
  --progress          always draw the progress bar on stderr (count, rate, time left)
  --no-progress       never draw it (by default it is drawn only when stderr is a terminal)
  --stdin-as text|html  how to read standard input
  -h, --help          this text
  -V, --version       the version

Errors: an input that is missing, unreadable, a directory with no text files, binary, or not valid UTF-8 is reported
on stderr with its path, and the others are still processed; the exit code is then 1. Usage errors exit with 2.

Examples:
  pressure-points annotate story.txt
  pressure-points annotate --json page.html other.txt > result.json
  pressure-points annotate --jsonl corpus/ | jq -c '{file, n: (.mentions | length)}'
  pressure-points annotate --csv 'archive/**/*.html' > mentions.csv
  pressure-points annotate --summary --jobs 4 reuters/ bbc/
  curl -s https://example.com/story | pressure-points annotate --stdin-as html -
  find archive -name '*.txt' | parallel -X -j4 pressure-points annotate --jsonl -j1 > all.jsonl
`;
