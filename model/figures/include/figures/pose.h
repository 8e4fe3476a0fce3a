// Stick-figure poses as data: an adult skeleton posed by segment directions, props, contacts.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hep {

// Positions are in centimetres. x grows to the right of the picture, y up (y = 0 is the floor),
// z toward the viewer. Side-view figures face right (their front is on the clockwise side of
// the spine as it runs from the hips to the shoulders).
struct Vec3 {
    double x = 0;
    double y = 0;
    double z = 0;
};

struct Vec2 {
    double x = 0;
    double y = 0;
};

// The fixed skeleton: an adult of 170 cm (ratios after Drillis and Contini). Every pose uses
// these lengths, so a segment keeps its length from the start pose to the end pose.
namespace body {
inline constexpr double kHeight = 170;
inline constexpr double kPelvis = 14;        // hip centre to waist
inline constexpr double kTrunk = 36;         // waist to shoulders, along the (bent) spine
inline constexpr double kNeck = 18;          // shoulders to the centre of the head
inline constexpr double kHeadRadius = 10.5;  //
inline constexpr double kHipHalfWidth = 9;   // hip centre to each hip joint
inline constexpr double kShoulderHalf = 17;  // shoulder centre to each shoulder joint
inline constexpr double kUpperArm = 30;      //
inline constexpr double kForearm = 25;       //
inline constexpr double kHand = 10;          // wrist to knuckles
inline constexpr double kThigh = 42;         // hip joint to knee
inline constexpr double kShin = 46;          // knee to ankle (the ankle stands on the floor)
inline constexpr double kHeel = 5;           // ankle back to the heel, along the foot
inline constexpr double kToe = 17;           // ankle forward to the toes, along the foot
inline constexpr double kTrunkPadding = 4;   // the body line of the trunk to the skin
inline constexpr int kSpineSteps = 24;       // straight pieces the bent trunk is drawn with
}  // namespace body

// The direction of a segment, in degrees: angle in the picture (0 points right, 90 up) and
// depth out of it (positive toward the viewer).
struct Direction {
    double angle = 0;
    double depth = 0;
};

enum class LimbSide { Near = 0, Far = 1 };

// A limb's three segments: upper arm, forearm, hand; or thigh, shin, foot (ankle to toes).
struct LimbAngles {
    Direction upper;
    Direction lower;
    Direction end;
};

// Points of the body, named in files as "hip", "knee.near", "hand.far", ...
enum class BodyPart {
    Hip,       // centre between the hip joints: the bottom of the trunk line
    Waist,     // top of the pelvis
    Back,      // middle of the trunk
    Shoulder,  // centre between the shoulders: the top of the trunk line
    Head,      // centre of the head
    HipJoint,  // "hip.near", "hip.far"
    Knee,
    Ankle,
    Heel,
    Toe,
    ShoulderJoint,  // "shoulder.near", "shoulder.far"
    Elbow,
    Wrist,
    Hand,
};

struct BodyPoint {
    BodyPart part = BodyPart::Hip;
    LimbSide side = LimbSide::Near;  // only for the parts of limbs

    bool operator==(const BodyPoint&) const = default;
};

// "knee.near" -> {Knee, Near}; nullopt for a name that is not a body point.
std::optional<BodyPoint> parseBodyPoint(const std::string& name);
std::string bodyPointName(BodyPoint point);
// The names parseBodyPoint accepts, for messages.
std::string bodyPointNames();
// How far the skin is from the body line at the point: the trunk has some thickness, the head
// is a circle, hands and feet touch with the line itself.
double bodyPadding(BodyPart part);

// Props: what the body rests on or holds. Heights are from the floor; a side-view figure faces
// right, so a chair's back is on the left of its seat.
struct Mat {
    double from = 0;  // x extent
    double to = 0;
    double thickness = 2.5;  // its top is "mat"
    // Its extent toward the viewer (z), seen in views from above: along the body when the body
    // lies toward the viewer (knees rolling, seen from the feet).
    double near = 45;
    double far = -45;
};
struct Chair {
    double front = 0;   // x of the front edge of the seat
    double seat = 46;   // height of the seat: "seat"
    double depth = 42;  // the seat runs from front - depth to front
    double back = 88;   // top of the back rest, 0 for a stool
};
struct Counter {
    double from = 0;  // x extent of the counter top: "counter"
    double to = 0;
    double height = 90;
};
struct Wall {
    double x = 0;  // the face of the wall: "wall"
};
struct Bed {
    double from = 0;  // x extent of the mattress top: "bed"
    double to = 0;
    double height = 55;
};
struct Strap {
    BodyPoint from;  // a line between two body points (a towel or belt from the hands to a foot)
    BodyPoint to;
};
struct Band {
    std::vector<BodyPoint> around;  // a loop around these points (knees, ankles)
};
struct Bike {
    Vec2 crank{0, 30};     // centre of the cranks
    Vec2 seat{-25, 88};    // top of the saddle: "bike.seat"
    Vec2 handle{40, 100};  // the handle bar: "bike.handle"
    double pedal = -90;    // direction of the near crank, degrees; the far one is opposite
};
inline constexpr double kCrankLength = 17;
struct Walker {
    double x = 0;  // the back legs, near the person
    double depth = 45;
    double height = 85;  // the handles: "walker" (the handle runs from x to x + 12)
};
struct Pool {
    double water = 110;  // height of the water line; the pool floor is the floor
};
struct Towel {
    double x = 0;       // a rolled towel, seen end on: its centre's x ...
    double base = 0;    // ... the height it lies on (a mat's thickness) ...
    double radius = 6;  // ... and its size; its top is "towel"
};
struct Step {
    double from = 0;  // x extent of the step's top: "step"
    double to = 0;
    double height = 18;
    double rail = 0;  // the height of a hand rail over the step ("rail"), 0 for none
};
struct Doorway {
    double x = 0;         // the door frame seen edge on, behind the body: its face "doorway"
    double height = 205;  // the top of the frame
};

using Prop = std::variant<Mat, Chair, Counter, Wall, Bed, Strap, Band, Bike, Walker, Pool, Towel,
                          Step, Doorway>;

// A body point that rests on a surface: "floor" (always there), "mat", "seat", "counter",
// "wall", "bed", "bike.seat", "bike.handle", "pedal.near", "pedal.far", "walker", "towel",
// "step", "rail", "doorway".
struct BodyContact {
    BodyPoint point;
    std::string surface;
};

// The movement, drawn in the picture plane (cm): a straight or bent arrow from one point to
// another, or an arc around a body point.
struct MotionArrow {
    Vec2 from;
    Vec2 to;
    double bend = 0;  // degrees the arrow turns; positive bends it to the left of its travel
    std::optional<BodyPoint> around;
    double radius = 0;       // for around: the arc's radius ...
    double start_angle = 0;  // ... and its ends, in degrees (0 right, 90 up)
    double end_angle = 0;
};

enum class FigureView {
    Side,   // the figure's side: near limbs toward the viewer, far limbs behind
    Front,  // the figure's front: both sides of the body in the picture plane
};

struct Pose {
    BodyPoint place;  // this body point is put at (place_x, place_y); the hip centre keeps z = 0
    double place_x = 0;
    double place_y = 0;
    Direction pelvis;  // hip centre to waist
    Direction trunk;   // waist to shoulders (the chord when the trunk is bent)
    Direction neck;    // shoulders to the centre of the head
    // Where the face looks; default: square to the neck, forward, in a side view, and toward
    // the viewer in a front view.
    std::optional<Direction> face;
    double round = 0;  // degrees the trunk curls from waist to shoulders; positive rounds the back
    std::optional<Direction> hips;       // toward the near hip joint; default: the view's
    std::optional<Direction> shoulders;  // toward the near shoulder; default: the view's
    std::array<LimbAngles, 2> arms;      // [Near], [Far]
    std::array<LimbAngles, 2> legs;
    std::vector<Prop> props;  // props of this pose only (a pedal's angle, a walker moved ahead)
    std::vector<BodyContact> contacts;
    std::optional<MotionArrow> arrow;
};

// What a small second view shows of the body.
enum class BodyRegion { Whole, Upper, Trunk, Feet };

// A second, small view of the same two poses in a corner of each picture, for what the main view
// cannot show: heel to toe seen from above, the low back seen close.
struct InsetView {
    double turn = 0;  // degrees the viewer goes round the body, about the vertical
    double tilt = 0;  // degrees the viewer looks down (0 to 90)
    BodyRegion region = BodyRegion::Whole;
    bool left =
        false;  // in the bottom left corner (the top left holds the caption); else top right
};

// An exercise's two figures: where it starts and where it ends (or is held).
struct FigurePair {
    std::string exercise_id;
    FigureView view = FigureView::Side;
    double tilt = 0;        // degrees the viewer looks down from the horizontal
    bool close_up = false;  // the pictures show the upper body only (head and neck exercises)
    std::optional<InsetView> inset;
    std::vector<Prop> props;  // props of both poses
    std::array<Pose, 2> poses;
    std::array<std::string, 2> captions{"Start", "Finish"};
};

// The positions of a posed skeleton.
struct Skeleton {
    std::vector<Vec3> spine;  // hip centre, waist, then the trunk in kSpineSteps pieces
    Vec3 head;
    Vec3 face;  // a unit vector: where the face looks
    std::array<Vec3, 2> hip_joint, knee, ankle, heel, toe;
    std::array<Vec3, 2> shoulder_joint, elbow, wrist, hand;

    const Vec3& hip() const { return spine.front(); }
    const Vec3& waist() const { return spine[1]; }
    const Vec3& shoulder() const { return spine.back(); }
    Vec3 point(BodyPoint p) const;
};

// Forward kinematics: the joints of the pose on the fixed skeleton, placed as the pose says.
Skeleton solvePose(const Pose& pose, FigureView view);

// The length of every segment ("thigh.near", "trunk", ...) measured on a solved skeleton.
struct SegmentLength {
    std::string segment;
    double length = 0;
};
std::vector<SegmentLength> segmentLengths(const Skeleton& skeleton);

// The point of the picture plane where a point is seen when the viewer looks down by tilt
// degrees (0: straight from the side or front).
Vec2 project(const Vec3& p, double tilt);

// The surfaces of a pose's props, and the floor.
struct PropSurface {
    std::string name;
    enum class Kind { Horizontal, Vertical, Point } kind = Kind::Horizontal;
    double level = 0;  // Horizontal: height; Vertical: x
    double from = 0;   // Horizontal: x extent; Vertical: height extent
    double to = 0;
    Vec2 at;  // Point
};
std::vector<PropSurface> surfacesOf(const std::vector<Prop>& props);

// All the props of one pose of a pair: the shared ones, then the pose's own.
std::vector<Prop> propsOf(const FigurePair& pair, int pose);

// How far the skin at the contact's body point is from its surface, in cm (0 when it touches).
// Throws InputError when the pose has no such surface.
double contactGap(const Skeleton& skeleton, const std::vector<Prop>& props,
                  const BodyContact& contact);

}  // namespace hep
