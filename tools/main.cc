// The `partnerlens` command line; see tools/cli.h and `partnerlens --help`.

#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "tools/cli.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const bool interactive =
      isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0;
  return partnerlens::tools::RunCli(args, std::cout, std::cerr, interactive);
}
