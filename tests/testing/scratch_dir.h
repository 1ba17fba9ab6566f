#ifndef PARTNERLENS_TESTS_TESTING_SCRATCH_DIR_H_
#define PARTNERLENS_TESTS_TESTING_SCRATCH_DIR_H_

// A fresh directory for one test's files, under the test temp dir
// (::testing::TempDir()), named after the running test and this process so
// that tests running at once never share one. The destructor removes it,
// except when the test failed or PARTNERLENS_KEEP_TEST_DIRS is set: then
// the files (service logs, inputs) stay for the reader of the output.
// Create it while a test runs (a fixture member or a local). Not
// thread-safe.

#include <string>

namespace partnerlens::testing {

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }

  // path() + "/" + name, created as a directory (parents too).
  std::string Subdir(const std::string& name) const;

  // Writes `content` to path() + "/" + name, creating parent directories,
  // and returns that path. An unwritable file fails the test.
  std::string WriteFile(const std::string& name,
                        const std::string& content) const;

 private:
  std::string path_;
};

}  // namespace partnerlens::testing

#endif  // PARTNERLENS_TESTS_TESTING_SCRATCH_DIR_H_
