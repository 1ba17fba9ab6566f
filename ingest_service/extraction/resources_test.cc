#include "ingest_service/extraction/resources.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/embedded_data.h"
#include "ingest_service/extraction/staged_text_for_test.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::BuiltinResources;
using ::partnerlens::testing::IsOk;
using ::partnerlens::testing::StatusIs;
using ::testing::HasSubstr;

TEST(OrgHeadTest, PackRoundTrips) {
  for (OrgKind kind : {OrgKind::kUniversity, OrgKind::kCompany,
                       OrgKind::kGovernment, OrgKind::kOther}) {
    for (HeadStrength strength :
         {HeadStrength::kStrong, HeadStrength::kWeak, HeadStrength::kUnit}) {
      const OrgHead head = UnpackOrgHead(PackOrgHead(OrgHead{kind, strength}));
      EXPECT_EQ(head.kind, kind);
      EXPECT_EQ(head.strength, strength);
    }
  }
}

// The lexicon entries every article of the genre leans on.
TEST(BuiltinResourcesTest, HoldsTheCoreVocabulary) {
  const ExtractionResources& r = BuiltinResources();
  const OrgHead university =
      UnpackOrgHead(r.org_heads().Find("University", -1));
  EXPECT_EQ(university.kind, OrgKind::kUniversity);
  EXPECT_EQ(university.strength, HeadStrength::kStrong);
  EXPECT_EQ(r.titles().Find("vice president", 0),
            static_cast<int32_t>(TitleRole::kHead));
  EXPECT_TRUE(r.honorifics().Contains("Prof"));
  EXPECT_EQ(r.partnership_cues().Find("internship base", -1),
            static_cast<int32_t>(PartnershipKind::kInternshipBase));
  EXPECT_EQ(r.partnership_cues().Find("joint laboratory", -1),
            static_cast<int32_t>(PartnershipKind::kJointLab));
  EXPECT_EQ(r.event_cues().Find("signing ceremony", -1),
            static_cast<int32_t>(EventKind::kSigning));
  EXPECT_EQ(r.event_cues().Find("conference room", 0), kNotAnEvent);
  EXPECT_TRUE(r.IsChineseSurname("Wang"));
  EXPECT_TRUE(r.IsPinyinSyllable("zhuang"));
  EXPECT_FALSE(r.IsPinyinSyllable("str"));
  EXPECT_TRUE(r.IsCommonWord("During"));
  EXPECT_TRUE(r.abbreviations().words.contains("Ltd"));
}

// A scratch directory holding the built-in data files, removed at the end.
class DataDirectory {
 public:
  DataDirectory() {
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            absl::StrCat("partnerlens_resources_", info->name(), "_",
                         static_cast<int>(::getpid()));
    std::error_code error;
    std::filesystem::create_directories(path_, error);
    for (int i = 0; i < kEmbeddedFileCount; ++i) {
      Write(kEmbeddedFiles[i].name, kEmbeddedFiles[i].contents);
    }
  }
  ~DataDirectory() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  DataDirectory(const DataDirectory&) = delete;
  DataDirectory& operator=(const DataDirectory&) = delete;

  void Write(absl::string_view name, absl::string_view contents) const {
    std::ofstream out(path_ / std::string(name), std::ios::binary);
    out << contents;
  }
  void Remove(absl::string_view name) const {
    std::error_code error;
    std::filesystem::remove(path_ / std::string(name), error);
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

TEST(LoadResourcesFromDirectoryTest, ReadsTheSameFilesAsTheBuiltins) {
  const DataDirectory dir;
  auto loaded = LoadResourcesFromDirectory(dir.path());
  ASSERT_THAT(loaded, IsOk());
  const ExtractionResources& r = **loaded;
  EXPECT_EQ(r.org_heads().size(), BuiltinResources().org_heads().size());
  EXPECT_EQ(r.known_orgs().size(), BuiltinResources().known_orgs().size());
  EXPECT_TRUE(r.IsChineseSurname("Zhang"));
  EXPECT_TRUE(r.titles().Contains("general manager"));
}

TEST(LoadResourcesFromDirectoryTest, MissingFileIsNotFound) {
  const DataDirectory dir;
  dir.Remove("titles.txt");
  EXPECT_THAT(LoadResourcesFromDirectory(dir.path()),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("titles.txt")));
}

TEST(LoadResourcesFromDirectoryTest, MissingDirectoryIsNotFound) {
  EXPECT_THAT(LoadResourcesFromDirectory("/nonexistent/partnerlens/data"),
              StatusIs(absl::StatusCode::kNotFound));
}

struct MalformedCase {
  const char* file;
  const char* contents;
  const char* location;  // "file:line" the error must name
};

class MalformedDataTest : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedDataTest, IsInvalidArgumentNamingFileAndLine) {
  const MalformedCase& c = GetParam();
  const DataDirectory dir;
  dir.Write(c.file, c.contents);
  EXPECT_THAT(
      LoadResourcesFromDirectory(dir.path()),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr(c.location)));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedDataTest,
    ::testing::Values(
        MalformedCase{"org_heads.txt",
                      "# heads\nUniversity\tUNIVERSITY\tstrong\n"
                      "Group\tCOMPANY\tvery strong\n",
                      "org_heads.txt:3"},
        MalformedCase{"org_heads.txt", "Academy\tACADEMY\tstrong\n",
                      "org_heads.txt:1"},
        MalformedCase{"titles.txt", "president\thead\nvice\tmaybe\n",
                      "titles.txt:2"},
        MalformedCase{"partnership_cues.txt",
                      "joint lab\tJOINT_LAB\njoint venture\tVENTURE\n",
                      "partnership_cues.txt:2"},
        MalformedCase{"status_cues.txt", "signed\n", "status_cues.txt:1"},
        MalformedCase{"event_cues.txt", "\n\nforum\tDEBATE\n",
                      "event_cues.txt:3"},
        MalformedCase{"locations.txt", "Ningbo\tTOWNSHIP\n", "locations.txt:1"},
        MalformedCase{"relation_words.txt", "held\tHELD\nheld\tVERB\n",
                      "relation_words.txt:2"},
        MalformedCase{"government_words.txt", "City\n",
                      "government_words.txt:1"}));

}  // namespace
}  // namespace partnerlens::extraction
