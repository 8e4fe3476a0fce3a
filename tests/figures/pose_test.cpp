// The pose model and the built-in figures: every exercise has both poses, the skeleton keeps its
// lengths, and the body rests on what supports it.
#include "figures/pose.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "core/errors.h"
#include "figures/figure_catalogue.h"
#include "figures/figure_check.h"
#include "files/builtin_catalogue.h"

namespace hep {
namespace {

TEST(Pose, BodyPointNamesRoundTrip) {
    for (const char* name :
         {"hip", "waist", "back", "shoulder", "head", "hip.near", "knee.far", "ankle.near",
          "heel.far", "toe.near", "shoulder.far", "elbow.near", "wrist.far", "hand.near"}) {
        auto p = parseBodyPoint(name);
        ASSERT_TRUE(p.has_value()) << name;
        EXPECT_EQ(bodyPointName(*p), name);
    }
    for (const char* name : {"", "knee", "hip.left", "head.near", "elbow.", "nose"}) {
        EXPECT_FALSE(parseBodyPoint(name).has_value()) << name;
    }
}

TEST(Pose, StandingSkeletonHasAdultProportions) {
    Pose p;
    p.pelvis = p.trunk = p.neck = {90, 0};
    for (auto& leg : p.legs) {
        leg = {{-90, 0}, {-90, 0}, {0, 0}};
    }
    for (auto& arm : p.arms) {
        arm = {{-90, 0}, {-90, 0}, {-90, 0}};
    }
    p.place = {BodyPart::Ankle, LimbSide::Near};
    const Skeleton s = solvePose(p, FigureView::Side);
    EXPECT_NEAR(s.ankle[0].y, 0, 1e-9);
    EXPECT_NEAR(s.hip().y / body::kHeight, 0.52, 0.02);       // hip joint
    EXPECT_NEAR(s.shoulder().y / body::kHeight, 0.81, 0.02);  // shoulder
    EXPECT_NEAR((s.head.y + body::kHeadRadius) / body::kHeight, 0.98, 0.03);
    EXPECT_NEAR(s.wrist[0].y / body::kHeight, 0.485, 0.02);
    // Side view: the far limbs are behind the near ones.
    EXPECT_GT(s.hip_joint[0].z, 0);
    EXPECT_LT(s.hip_joint[1].z, 0);
}

TEST(Pose, BentTrunkKeepsItsLength) {
    Pose p;
    p.trunk = {30, 10};
    p.round = 80;
    const Skeleton s = solvePose(p, FigureView::Side);
    for (const auto& l : segmentLengths(s)) {
        if (l.segment == "trunk") {
            EXPECT_NEAR(l.length, body::kTrunk, 1e-9);
        }
    }
}

// Exercises whose two pictures are two positions, not a start and an end: they name them.
bool namesItsPositions(const std::string& id) {
    return id == "interval-walking" || id == "neck-look-down-up" || id == "neck-press" ||
           id == "shoulder-rolls" || id == "neck-turn";
}

TEST(BuiltinFigures, EveryBuiltinExerciseHasBothPoses) {
    ASSERT_EQ(builtinExercises().size(), 62u);
    for (const auto& e : builtinExercises()) {
        const FigurePair* pair = builtinFigure(e.id);
        ASSERT_NE(pair, nullptr) << e.id << " has no figure in assets/figures/";
        EXPECT_EQ(pair->exercise_id, e.id);
        for (const auto& caption : pair->captions) {
            EXPECT_FALSE(caption.empty()) << e.id;
        }
        if (!namesItsPositions(e.id)) {
            EXPECT_EQ(pair->captions[0], "Start") << e.id;
        }
    }
    EXPECT_EQ(builtinFigures().size(), builtinExercises().size())
        << "a figure names an exercise that is not built in";
    EXPECT_EQ(builtinFigure("no-such-exercise"), nullptr);
}

TEST(BuiltinFigures, HoldCaptionForExercisesThatHold) {
    for (const auto& e : builtinExercises()) {
        const FigurePair* pair = builtinFigure(e.id);
        ASSERT_NE(pair, nullptr) << e.id;
        if (e.default_dose.hold_seconds.value_or(0) > 0 && !namesItsPositions(e.id)) {
            EXPECT_EQ(pair->captions[1], "Hold") << e.id;
        }
    }
}

TEST(BuiltinFigures, SegmentsKeepTheirLengthFromStartToEnd) {
    for (const auto& pair : builtinFigures()) {
        const Skeleton a = solvePose(pair.poses[0], pair.view);
        const Skeleton b = solvePose(pair.poses[1], pair.view);
        const auto la = segmentLengths(a), lb = segmentLengths(b);
        ASSERT_EQ(la.size(), lb.size());
        for (std::size_t i = 0; i < la.size(); ++i) {
            EXPECT_EQ(la[i].segment, lb[i].segment);
            EXPECT_NEAR(la[i].length, lb[i].length, 0.01)
                << pair.exercise_id << ": " << la[i].segment;
        }
    }
}

// Every built-in figure keeps the rules of checkFigure: the body rests on what supports it,
// nothing goes through the floor, the movement shows.
TEST(BuiltinFigures, KeepTheFigureRules) {
    for (const auto& pair : builtinFigures()) {
        for (const auto& problem : checkFigure(pair)) {
            ADD_FAILURE() << pair.exercise_id << ": " << problem;
        }
    }
}

// The rules catch what they are for: a body lifted off its mat, a knee through the floor, and a
// pair whose end is its start without an arrow.
TEST(FigureCheck, NamesThePoseAndThePoint) {
    FigurePair pair = *builtinFigure("bridge");
    ASSERT_TRUE(checkFigure(pair).empty());
    FigurePair lifted = pair;
    lifted.poses[0].place_y += 10;
    const auto lifted_problems = checkFigure(lifted);
    ASSERT_FALSE(lifted_problems.empty());
    EXPECT_NE(lifted_problems.front().find("start (Start): "), std::string::npos)
        << lifted_problems.front();
    EXPECT_NE(lifted_problems.front().find(" from mat"), std::string::npos);
    FigurePair sunk = pair;
    sunk.poses[1].place_y -= 40;
    bool below = false;
    for (const auto& problem : checkFigure(sunk)) {
        below = below || problem.find("below the floor") != std::string::npos;
    }
    EXPECT_TRUE(below);
    FigurePair still = pair;
    still.poses[1] = still.poses[0];
    const auto still_problems = checkFigure(still);
    ASSERT_EQ(still_problems.size(), 1u);
    EXPECT_NE(still_problems.front().find("no joint moves"), std::string::npos);
}

// ---- reading figure files

nlohmann::json minimalFigure() {
    return nlohmann::json::parse(R"({
      "exercise": "x",
      "props": [{"type": "mat", "from": -90, "to": 90}],
      "start": {"spine": [180, 180, 160], "arm.near": [0, 0, 0], "leg.near": [40, -50, 0],
                "contacts": {"hip": "mat"}},
      "end": {"spine": [180, 180, 160], "arm.near": [0, 0, 0], "leg.near": [[40, 10], -50, 0]}
    })");
}

std::string errorOf(const nlohmann::json& value) {
    try {
        figureFromJson(value, "f.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST(FigureFile, ReadsAMinimalFigure) {
    FigurePair pair = figureFromJson(minimalFigure(), "f.json");
    EXPECT_EQ(pair.exercise_id, "x");
    EXPECT_EQ(pair.view, FigureView::Side);
    EXPECT_EQ(pair.captions[0], "Start");
    EXPECT_EQ(pair.captions[1], "Finish");
    EXPECT_EQ(pair.poses[1].legs[0].upper.depth, 10);
    EXPECT_EQ(pair.poses[0].legs[1].upper.angle, 40);  // the far leg defaults to the near one
    ASSERT_EQ(pair.poses[0].contacts.size(), 1u);
    EXPECT_EQ(pair.poses[0].contacts[0].surface, "mat");
}

// The props of the knee and neck exercises: a towel roll, a step with its rail, a door frame;
// each a surface the body can rest on. And a close-up, and where the face looks.
TEST(FigureFile, TowelStepDoorwayFaceAndCloseUp) {
    nlohmann::json value = minimalFigure();
    value["frame"] = "upper";
    value["props"] = nlohmann::json::parse(R"([
        {"type": "towel", "x": 20, "base": 2.5, "radius": 6},
        {"type": "step", "from": 40, "to": 70, "height": 18, "rail": 90},
        {"type": "doorway", "x": -60}])");
    value["start"]["contacts"] = {{"knee.near", "towel"}};
    value["end"]["face"] = {0, 30};
    const FigurePair pair = figureFromJson(value, "f.json");
    EXPECT_TRUE(pair.close_up);
    EXPECT_FALSE(pair.poses[0].face.has_value());
    ASSERT_TRUE(pair.poses[1].face.has_value());
    EXPECT_EQ(pair.poses[1].face->depth, 30);
    std::map<std::string, double> levels;
    for (const auto& surface : surfacesOf(pair.props)) {
        levels[surface.name] = surface.level;
    }
    EXPECT_EQ(levels.at("towel"), 14.5);  // its top: the base and the roll's width
    EXPECT_EQ(levels.at("step"), 18);
    EXPECT_EQ(levels.at("rail"), 108);
    EXPECT_EQ(levels.at("doorway"), -60);
    // The face looks forward, square to the neck, unless the pose says where.
    Pose upright = pair.poses[0];
    upright.neck = {90, 0};
    const Skeleton side = solvePose(upright, FigureView::Side);
    EXPECT_NEAR(side.face.x, 1, 1e-9);
    const Skeleton front = solvePose(upright, FigureView::Front);
    EXPECT_NEAR(front.face.z, 1, 1e-9);
}

TEST(FigureFile, ErrorsNameTheFileAndField) {
    struct Case {
        std::string path;  // JSON pointer to change
        nlohmann::json value;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"/view", "top", "f.json: field \"view\" must be side or front"},
        {"/start/spine", {1, 2}, "f.json: start: field \"spine\" must be a list of 3"},
        {"/start/leg.near/1", "x", "f.json: start: field \"leg.near\" shin must be an angle"},
        {"/start/contacts", {{"knee.left", "mat"}}, "unknown body point \"knee.left\""},
        {"/start/contacts", {{"hip", "counter"}}, "puts hip on \"counter\", which this pose"},
        {"/props/0/type", "sofa", "f.json: props[0]: field \"type\" must be mat, chair"},
        {"/end/arrow", {{"from", {1, 2}}}, "f.json: end: arrow: field \"to\" is missing"},
        {"/end/colour", "red", "f.json: end: field \"colour\" is not a field"},
        {"/tilt", 95, "field \"tilt\" must be between 0 and 80"},
        {"/end/arm.near/0", 1e9, "upper arm is out of bounds"},
        {"/frame", "head", "field \"frame\" must be whole or upper, not \"head\""},
        {"/start/face", "up", "f.json: start: field \"face\""},
        {"/props/0",
         {{"type", "step"}, {"from", 10}, {"to", 0}},
         "props[0]: field \"to\" must be right of \"from\""},
        {"/props/0",
         {{"type", "towel"}, {"x", 0}, {"radius", 0}},
         "props[0]: field \"radius\" must be more than 0"},
    };
    for (const auto& c : cases) {
        nlohmann::json value = minimalFigure();
        value[nlohmann::json::json_pointer(c.path)] = c.value;
        const std::string message = errorOf(value);
        EXPECT_NE(message.find(c.expected), std::string::npos)
            << c.path << ": got \"" << message << "\"";
    }
}

}  // namespace
}  // namespace hep
