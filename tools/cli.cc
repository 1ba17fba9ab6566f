#include "tools/cli.h"

#include <algorithm>
#include <optional>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "tools/cli_args.h"
#include "tools/extract_command.h"
#include "tools/grpc_client.h"
#include "tools/health_command.h"
#include "tools/query_commands.h"
#include "tools/submit_command.h"

#include "common/status/status_macros.h"

namespace partnerlens::tools {
namespace {

// Where a command writes, and whether a person watches.
struct Terminal {
  std::ostream& out;
  std::ostream& err;
  bool interactive;
};

struct CommandInfo {
  const char* name;
  const char* usage;  // after "partnerlens NAME"
  const char* help;   // what it does, one paragraph
};

constexpr CommandInfo kCommands[] = {
    {"extract", "[--published-date=DATE] [--out=DIR] FILE|DIR...",
     "Runs the extraction in-process (no server needed) and prints the\n"
     "records as JSON in the evaluation format (tests/accuracy/FORMAT.md):\n"
     "one object for one file, an array for several. With --out, writes\n"
     "DIR/<file name without extension>.json per input instead and prints\n"
     "the paths written, ready for tests/accuracy/score.py. .txt files are\n"
     "read as text, .html/.htm as HTML, others guessed; a directory stands\n"
     "for its *.txt, *.html and *.htm files. article.id is the file name\n"
     "without extension."},
    {"submit", "[--published-date=DATE] [--ids-from-file-names] FILE|DIR...",
     "Sends articles to the ingest service (--ingest): SubmitArticle for one\n"
     "file, one SubmitArticles stream for several, with a progress bar on\n"
     "stderr when stdout and stderr are terminals. Prints a JSON summary:\n"
     "per file its articleId, created and record counts (or its error),\n"
     "then submitted/created/failed totals and the consistencyToken to pass\n"
     "to queries (--consistency-token) to read these writes. Exits 1 when\n"
     "any article failed."},
    {"org", "[--consistency-token=T] NAME_OR_ID",
     "Prints one organization (GetOrganization) found by id or by any name\n"
     "or alias, case and punctuation ignored, with its sub-units."},
    {"orgs", "[--kind=KIND] [paging flags]",
     "Lists organizations (ListOrganizations) by id order."},
    {"partnerships",
     "[--org=X] [--kind=K] [--status=S] [--from=D] [--to=D] [paging flags]",
     "Lists partnerships (ListPartnerships), filtered by organization, kind,\n"
     "status and date range."},
    {"person", "[--consistency-token=T] NAME_OR_ID",
     "Prints one person (GetPerson) found by id or name."},
    {"people", "[--name=X] [--org=X] [--title=X] [paging flags]",
     "Searches people (SearchPeople) by name words, organization and title\n"
     "words, combined with AND."},
    {"events",
     "[--org=X] [--person=X] [--kind=K] [--from=D] [--to=D] [paging flags]",
     "Lists events (ListEvents), filtered by organization, person, kind and\n"
     "date range."},
    {"health", "[--only=ingest|query] [--wait=SECONDS]",
     "Asks grpc.health.v1.Health/Check of both services (or --only one)\n"
     "and prints their status as JSON; exits 1 unless all are SERVING. With\n"
     "--wait, keeps asking until they are or the time is up."},
    {"article", "[--with-records] [--consistency-token=T] ID",
     "Prints one stored article (QueryService.GetArticle), with its records\n"
     "when --with-records is given."},
    {"articles", "[paging flags]",
     "Lists stored articles (ListArticles), metadata only."},
    {"help", "[COMMAND]", "Prints the help of COMMAND, or this overview."},
};

std::vector<FlagSpec> GlobalFlags() {
  return {{"ingest", true, "HOST:PORT",
           "ingest service address (default 127.0.0.1:50051)"},
          {"query", true, "HOST:PORT",
           "query service address (default 127.0.0.1:50052)"},
          {"timeout", true, "SECONDS",
           "deadline of each RPC, per article for a stream (default 60)"},
          {"help", false, "", "print help and exit"}};
}

const CommandInfo* FindCommand(absl::string_view name) {
  for (const CommandInfo& info : kCommands) {
    if (name == info.name) return &info;
  }
  return nullptr;
}

std::vector<FlagSpec> CommandFlags(absl::string_view name) {
  if (name == "extract") {
    return {{"published-date", true, "DATE",
             "publication date of every article, YYYY-MM-DD; relative dates "
             "resolve against it"},
            {"out", true, "DIR", "write DIR/<stem>.json per input"}};
  }
  if (name == "submit") {
    return {{"published-date", true, "DATE",
             "publication date sent with every article, YYYY-MM-DD"},
            {"ids-from-file-names", false, "",
             "use each file name without extension as the article id "
             "(default: the service derives it from the content)"}};
  }
  if (name == "health") {
    return {{"only", true, "SERVICE", "check only ingest or query"},
            {"wait", true, "SECONDS",
             "keep asking until SERVING, at most this long (default 0)"}};
  }
  if (IsQueryCommand(name)) return QueryCommandFlags(name);
  return {};
}

std::string GlobalHelp() {
  std::string text =
      "partnerlens: command line of PartnerLens.\n\n"
      "Usage: partnerlens [GLOBAL FLAGS] COMMAND [FLAGS] [ARGS]\n\n"
      "Commands:\n";
  for (const CommandInfo& info : kCommands) {
    absl::StrAppend(&text, "  ", info.name, " ", info.usage, "\n");
  }
  absl::StrAppend(
      &text, "\nGlobal flags (before or after COMMAND):\n",
      FormatFlagHelp(GlobalFlags()),
      "\nQuery commands print the service's reply as protobuf JSON. List\n"
      "commands print one page with its nextPageToken; --all follows the\n"
      "tokens and prints every item in one reply. [paging flags] are\n"
      "--page-size=N --page-token=T --all --consistency-token=T. Kinds and\n"
      "statuses take short names, any case (university, JOINT_LAB, signing).\n"
      "Errors print \"error: CODE: message\" on stderr; exit status 1 when a\n"
      "command fails, 2 for a bad command line.\n"
      "See `partnerlens help COMMAND` for each command's flags.\n");
  return text;
}

std::string CommandHelp(const CommandInfo& info) {
  std::string text = absl::StrCat("Usage: partnerlens ", info.name, " ",
                                  info.usage, "\n\n", info.help, "\n");
  const std::vector<FlagSpec> flags = CommandFlags(info.name);
  if (!flags.empty()) {
    absl::StrAppend(&text, "\nFlags:\n", FormatFlagHelp(flags));
  }
  absl::StrAppend(&text, "\nGlobal flags:\n", FormatFlagHelp(GlobalFlags()));
  return text;
}

// Global flag `name` from the command's flags, else from those before it.
std::optional<std::string> GlobalValue(const ParsedArgs& before,
                                       const ParsedArgs& after,
                                       absl::string_view name) {
  if (auto value = after.Get(name)) return value;
  return before.Get(name);
}

absl::StatusOr<ClientOptions> MakeClientOptions(const ParsedArgs& before,
                                                const ParsedArgs& after) {
  ClientOptions options;
  if (auto value = GlobalValue(before, after, "ingest")) {
    options.ingest_target = *value;
  }
  if (auto value = GlobalValue(before, after, "query")) {
    options.query_target = *value;
  }
  if (auto value = GlobalValue(before, after, "timeout")) {
    double seconds = 0;
    if (!absl::SimpleAtod(*value, &seconds) || !(seconds > 0)) {
      return absl::InvalidArgumentError(
          absl::StrCat("--timeout wants a positive number of seconds, got \"",
                       *value, "\""));
    }
    options.timeout = absl::Seconds(seconds);
  }
  return options;
}

absl::Status RunHealthCommand(const ParsedArgs& args,
                              const ClientOptions& client, std::ostream& out) {
  HealthOptions options;
  options.only = args.GetOr("only", "");
  if (auto wait = args.Get("wait")) {
    double seconds = 0;
    if (!absl::SimpleAtod(*wait, &seconds) || !(seconds >= 0)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--wait wants a number of seconds, got \"", *wait, "\""));
    }
    options.wait = absl::Seconds(seconds);
  }
  return RunHealth(options, client, out);
}

// Runs a parsed command; the flags are known to be valid for it.
absl::Status Dispatch(absl::string_view command, const ParsedArgs& args,
                      const ClientOptions& client, const Terminal& io) {
  std::ostream& out = io.out;
  if (command == "extract") {
    ExtractOptions options;
    options.paths = args.positional();
    options.published_date = args.GetOr("published-date", "");
    options.out_dir = args.GetOr("out", "");
    return RunExtract(options, out);
  }
  if (command == "submit") {
    SubmitOptions options;
    options.paths = args.positional();
    options.published_date = args.GetOr("published-date", "");
    options.ids_from_file_names = args.Has("ids-from-file-names");
    options.show_progress = io.interactive;
    auto stub = v1::IngestService::NewStub(MakeChannel(client.ingest_target));
    return RunSubmit(options, client, *stub, out, io.err);
  }
  if (command == "health") return RunHealthCommand(args, client, out);
  auto stub = v1::QueryService::NewStub(MakeChannel(client.query_target));
  return RunQueryCommand(command, args, client, *stub, out);
}

int Fail(const absl::Status& status, std::ostream& err, int code) {
  err << FormatError(status) << "\n";
  return code;
}

int RunHelp(absl::Span<const std::string> rest, std::ostream& out,
            std::ostream& err) {
  if (rest.empty()) {
    out << GlobalHelp();
    return kExitOk;
  }
  const CommandInfo* info = FindCommand(rest[0]);
  if (info == nullptr) {
    return Fail(absl::InvalidArgumentError(
                    absl::StrCat("unknown command \"", rest[0], "\"")),
                err, kExitUsage);
  }
  out << CommandHelp(*info);
  return kExitOk;
}

// Runs COMMAND with its arguments `rest`; `before` holds the global flags
// given before it.
int RunCommand(const CommandInfo& info, absl::Span<const std::string> rest,
               const ParsedArgs& before, const Terminal& io) {
  std::ostream& out = io.out;
  std::ostream& err = io.err;
  if (absl::string_view(info.name) == "help") return RunHelp(rest, out, err);
  std::vector<FlagSpec> specs = CommandFlags(info.name);
  const std::vector<FlagSpec> global = GlobalFlags();
  specs.insert(specs.end(), global.begin(), global.end());
  absl::StatusOr<ParseResult> parsed = ParseArgs(rest, specs);
  if (!parsed.ok()) {
    return Fail(
        absl::Status(parsed.status().code(),
                     absl::StrCat(parsed.status().message(),
                                  " (see partnerlens help ", info.name, ")")),
        err, kExitUsage);
  }
  if (parsed->args.Has("help") || before.Has("help")) {
    out << CommandHelp(info);
    return kExitOk;
  }
  absl::StatusOr<ClientOptions> client =
      MakeClientOptions(before, parsed->args);
  if (!client.ok()) return Fail(client.status(), err, kExitUsage);
  const absl::Status status = Dispatch(info.name, parsed->args, *client, io);
  return status.ok() ? kExitOk : Fail(status, err, kExitFailure);
}

}  // namespace

int RunCli(const std::vector<std::string>& raw_args, std::ostream& out,
           std::ostream& err, bool interactive) {
  std::vector<std::string> args = raw_args;
  std::replace(args.begin(), args.end(), std::string("-h"),
               std::string("--help"));
  absl::StatusOr<ParseResult> global =
      ParseArgs(args, GlobalFlags(), ParseMode::kStopAtFirstPositional);
  if (!global.ok()) return Fail(global.status(), err, kExitUsage);
  if (global->consumed == args.size()) {
    const bool asked = global->args.Has("help");
    (asked ? out : err) << GlobalHelp();
    return asked ? kExitOk : kExitUsage;
  }
  const std::string& command = args[global->consumed];
  const CommandInfo* info = FindCommand(command);
  if (info == nullptr) {
    return Fail(
        absl::InvalidArgumentError(absl::StrCat("unknown command \"", command,
                                                "\" (see partnerlens --help)")),
        err, kExitUsage);
  }
  const absl::Span<const std::string> rest =
      absl::MakeConstSpan(args).subspan(global->consumed + 1);
  return RunCommand(*info, rest, global->args, Terminal{out, err, interactive});
}

}  // namespace partnerlens::tools
