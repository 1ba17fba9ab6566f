#include "common/text/name_key.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::text {
namespace {

using ::testing::ElementsAre;

struct KeyCase {
  std::string name;
  std::string key;
};

class OrganizationKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(OrganizationKeyTest, MatchesScorerNormalisation) {
  EXPECT_EQ(OrganizationKey(GetParam().name), GetParam().key);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, OrganizationKeyTest,
    ::testing::Values(KeyCase{"Huashu Digital Television Media Group Co., Ltd.",
                              "huashudigitaltelevisionmedia"},
                      KeyCase{"the Huashu Group", "huashu"},
                      KeyCase{"Group", "group"},
                      KeyCase{"Lenovo Group", "lenovo"},
                      KeyCase{"Peking University\u2019s School of Education",
                              "pekinguniversityschoolofeducation"},
                      KeyCase{"Sun Yat-sen University", "sunyatsenuniversity"},
                      KeyCase{"AT&T Inc.", "atandt"},
                      KeyCase{"Jinan Lixia Holding Group Co., Ltd.",
                              "jinanlixiaholding"},
                      KeyCase{"\uFF28\uFF35\uFF21\uFF37\uFF25\uFF29", "huawei"},
                      KeyCase{"...", ""}));

TEST(NameWordsTest, SplitsAndFolds) {
  EXPECT_THAT(NameWords("Xiaomi's  AIoT-Platform"),
              ElementsAre("xiaomi", "aiot", "platform"));
}

TEST(NameWordsTest, DropsInvalidUtf8) {
  EXPECT_THAT(NameWords("Hua\xffwei Co"), ElementsAre("huawei", "co"));
}

TEST(PersonKeyTest, JoinsWords) {
  EXPECT_EQ(PersonKey("Fan  Jing"), "fanjing");
  EXPECT_EQ(PersonKey("FAN JING"), "fanjing");
}

}  // namespace
}  // namespace partnerlens::text
