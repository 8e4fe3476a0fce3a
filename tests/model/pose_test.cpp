// The pose model and the built-in figures: every exercise has both poses, the skeleton keeps its
// lengths, and the body rests on what supports it.
#include "model/pose.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "model/builtin_catalogue.h"
#include "model/errors.h"
#include "model/figure_catalogue.h"

namespace hep {
namespace {

std::string where(const FigurePair& pair, std::size_t pose) {
    return pair.exercise_id + (pose == 0 ? " start" : " end");
}

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

TEST(BuiltinFigures, EveryBuiltinExerciseHasBothPoses) {
    ASSERT_EQ(builtinExercises().size(), 38u);
    for (const auto& e : builtinExercises()) {
        const FigurePair* pair = builtinFigure(e.id);
        ASSERT_NE(pair, nullptr) << e.id << " has no figure in assets/figures/";
        EXPECT_EQ(pair->exercise_id, e.id);
        for (const auto& caption : pair->captions) {
            EXPECT_FALSE(caption.empty()) << e.id;
        }
        EXPECT_EQ(pair->captions[0], e.id == "interval-walking" ? "Walk" : "Start") << e.id;
    }
    EXPECT_EQ(builtinFigures().size(), builtinExercises().size())
        << "a figure names an exercise that is not built in";
    EXPECT_EQ(builtinFigure("no-such-exercise"), nullptr);
}

TEST(BuiltinFigures, HoldCaptionForExercisesThatHold) {
    for (const auto& e : builtinExercises()) {
        const FigurePair* pair = builtinFigure(e.id);
        ASSERT_NE(pair, nullptr) << e.id;
        if (e.default_dose.hold_seconds.value_or(0) > 0) {
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

TEST(BuiltinFigures, TheBodyRestsOnWhatSupportsIt) {
    const double tolerance = 0.01 * body::kHeight;
    for (const auto& pair : builtinFigures()) {
        for (std::size_t i = 0; i < 2; ++i) {
            const Pose& pose = pair.poses[i];
            EXPECT_FALSE(pose.contacts.empty())
                << where(pair, i) << ": nothing says what the body rests on";
            const Skeleton s = solvePose(pose, pair.view);
            const auto props = propsOf(pair, static_cast<int>(i));
            for (const auto& contact : pose.contacts) {
                EXPECT_LE(contactGap(s, props, contact), tolerance)
                    << where(pair, i) << ": " << bodyPointName(contact.point) << " on "
                    << contact.surface;
            }
        }
    }
}

TEST(BuiltinFigures, NothingGoesThroughTheFloor) {
    for (const auto& pair : builtinFigures()) {
        for (std::size_t i = 0; i < 2; ++i) {
            const Skeleton s = solvePose(pair.poses[i], pair.view);
            for (std::size_t k = 0; k < 2; ++k) {
                for (const Vec3& p : {s.knee[k], s.ankle[k], s.heel[k], s.toe[k], s.elbow[k],
                                      s.wrist[k], s.hand[k]}) {
                    EXPECT_GE(p.y, -0.5) << where(pair, i);
                }
            }
            EXPECT_GE(s.head.y - body::kHeadRadius, -0.5) << where(pair, i);
        }
    }
}

TEST(BuiltinFigures, TheMovementShows) {
    // Between start and end some joint moves by at least 5 cm, or an arrow shows what happens.
    for (const auto& pair : builtinFigures()) {
        const Skeleton a = solvePose(pair.poses[0], pair.view);
        const Skeleton b = solvePose(pair.poses[1], pair.view);
        double most = 0;
        for (int part = 0; part <= static_cast<int>(BodyPart::Hand); ++part) {
            for (auto side : {LimbSide::Near, LimbSide::Far}) {
                const BodyPoint p{static_cast<BodyPart>(part), side};
                const Vec3 u = a.point(p), v = b.point(p);
                most = std::max(most, std::hypot(u.x - v.x, u.y - v.y, u.z - v.z));
            }
        }
        EXPECT_TRUE(most >= 5 || pair.poses[1].arrow.has_value()) << pair.exercise_id;
    }
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
