#include "figures/figure_json.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/errors.h"

namespace hep::figure_json {

using nlohmann::json;

namespace {

constexpr double kLimit = 1000;  // no angle, position or size in a figure is larger

double toNumber(JsonObject& obj, const std::string& key, const json& v, const std::string& what) {
    if (!v.is_number()) {
        obj.fail(key, what + " must be a number, not " + describeJson(v));
    }
    const double d = v.get<double>();
    if (!std::isfinite(d) || std::abs(d) > kLimit) {
        obj.fail(key, what + " is out of bounds: " + describeJson(v));
    }
    return d;
}

// [x, y] in centimetres.
Vec2 point2(JsonObject& obj, const std::string& key, Vec2 fallback, bool required = false) {
    const json* v = obj.value(key);
    if (v == nullptr || v->is_null()) {
        if (required) {
            obj.fail(key, "is missing");
        }
        return fallback;
    }
    if (!v->is_array() || v->size() != 2) {
        obj.fail(key, "must be a point [x, y], not " + describeJson(*v));
    }
    return {toNumber(obj, key, (*v)[0], "x"), toNumber(obj, key, (*v)[1], "y")};
}

// An angle (a number) or [angle, depth].
Direction direction(JsonObject& obj, const std::string& key, const json& v,
                    const std::string& what) {
    if (v.is_number()) {
        return {toNumber(obj, key, v, what), 0};
    }
    if (v.is_array() && v.size() == 2) {
        return {toNumber(obj, key, v[0], what + " angle"),
                toNumber(obj, key, v[1], what + " depth")};
    }
    obj.fail(key, what + " must be an angle or [angle, depth], not " + describeJson(v));
}

std::optional<Direction> optionalDirection(JsonObject& obj, const std::string& key) {
    const json* v = obj.value(key);
    if (v == nullptr || v->is_null()) {
        return std::nullopt;
    }
    return direction(obj, key, *v, "");
}

// A list of exactly n directions.
std::vector<Direction> directions(JsonObject& obj, const std::string& key, std::size_t n,
                                  const char* const names[]) {
    const json* v = obj.value(key);
    if (v == nullptr || v->is_null()) {
        obj.fail(key, "is missing");
    }
    if (!v->is_array() || v->size() != n) {
        std::string list;
        for (std::size_t i = 0; i < n; ++i) {
            list += (i == 0 ? "" : ", ") + std::string(names[i]);
        }
        obj.fail(key, "must be a list of " + std::to_string(n) + " directions (" + list +
                          "), not " + describeJson(*v));
    }
    std::vector<Direction> out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(direction(obj, key, (*v)[i], names[i]));
    }
    return out;
}

BodyPoint bodyPoint(JsonObject& obj, const std::string& key, const std::string& name) {
    auto p = parseBodyPoint(name);
    if (!p) {
        obj.fail(key,
                 "names an unknown body point \"" + name + "\" (known: " + bodyPointNames() + ")");
    }
    return *p;
}

BodyPoint bodyPointField(JsonObject& obj, const std::string& key) {
    return bodyPoint(obj, key, obj.text(key, true));
}

Prop readProp(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    const std::string type = obj.text("type", true);
    Prop prop;
    if (type == "mat") {
        Mat m{number(obj, "from", 0, true), number(obj, "to", 0, true),
              number(obj, "thickness", Mat{}.thickness)};
        const Vec2 depth = point2(obj, "depth", {m.far, m.near});
        if (depth.x >= depth.y) {
            obj.fail("depth", "must run from far to near ([far, near], far < near)");
        }
        m.far = depth.x;
        m.near = depth.y;
        prop = m;
    } else if (type == "chair") {
        Chair c;
        c.front = number(obj, "front", 0, true);
        c.seat = number(obj, "seat", c.seat);
        c.depth = number(obj, "depth", c.depth);
        c.back = number(obj, "back", c.back);
        prop = c;
    } else if (type == "counter") {
        prop = Counter{number(obj, "from", 0, true), number(obj, "to", 0, true),
                       number(obj, "height", Counter{}.height)};
    } else if (type == "wall") {
        prop = Wall{number(obj, "x", 0, true)};
    } else if (type == "bed") {
        prop = Bed{number(obj, "from", 0, true), number(obj, "to", 0, true),
                   number(obj, "height", Bed{}.height)};
    } else if (type == "strap") {
        prop = Strap{bodyPointField(obj, "from"), bodyPointField(obj, "to")};
    } else if (type == "band") {
        Band band;
        for (const auto& name : obj.texts("around")) {
            band.around.push_back(bodyPoint(obj, "around", name));
        }
        if (band.around.size() < 2) {
            obj.fail("around", "must name at least 2 body points");
        }
        prop = band;
    } else if (type == "bike") {
        Bike b;
        b.crank = point2(obj, "crank", b.crank);
        b.seat = point2(obj, "seat", b.seat);
        b.handle = point2(obj, "handle", b.handle);
        b.pedal = number(obj, "pedal", b.pedal);
        prop = b;
    } else if (type == "walker") {
        Walker w;
        w.x = number(obj, "x", 0, true);
        w.depth = number(obj, "depth", w.depth);
        w.height = number(obj, "height", w.height);
        prop = w;
    } else if (type == "pool") {
        prop = Pool{number(obj, "water", Pool{}.water)};
    } else if (type == "towel") {
        Towel t;
        t.x = number(obj, "x", 0, true);
        t.base = number(obj, "base", t.base);
        t.radius = number(obj, "radius", t.radius);
        if (t.radius <= 0) {
            obj.fail("radius", "must be more than 0");
        }
        prop = t;
    } else if (type == "step") {
        Step st;
        st.from = number(obj, "from", 0, true);
        st.to = number(obj, "to", 0, true);
        st.height = number(obj, "height", st.height);
        st.rail = number(obj, "rail", st.rail);
        if (st.from >= st.to || st.height <= 0 || st.rail < 0) {
            obj.fail("to",
                     "must be right of \"from\", with a height above 0 (and a rail of 0 "
                     "or more)");
        }
        prop = st;
    } else if (type == "doorway") {
        Doorway d;
        d.x = number(obj, "x", 0, true);
        d.height = number(obj, "height", d.height);
        prop = d;
    } else {
        obj.fail("type",
                 "must be mat, chair, counter, wall, bed, strap, band, bike, walker, pool, towel, "
                 "step or doorway, not \"" +
                     type + "\"");
    }
    rejectUnknown(obj);
    return prop;
}

MotionArrow readArrow(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    MotionArrow a;
    if (obj.has("around")) {
        a.around = bodyPointField(obj, "around");
        a.radius = number(obj, "radius", 0, true);
        a.start_angle = number(obj, "from", 0, true);
        a.end_angle = number(obj, "to", 0, true);
        if (a.radius <= 0) {
            obj.fail("radius", "must be more than 0");
        }
    } else {
        a.from = point2(obj, "from", {}, true);
        a.to = point2(obj, "to", {}, true);
        a.bend = number(obj, "bend", 0);
        if (std::abs(a.bend) >= 300) {
            obj.fail("bend", "must be between -300 and 300 degrees");
        }
    }
    rejectUnknown(obj);
    return a;
}

LimbAngles limb(JsonObject& obj, const std::string& key, const char* const names[]) {
    auto d = directions(obj, key, 3, names);
    return {d[0], d[1], d[2]};
}

}  // namespace

double number(JsonObject& obj, const std::string& key, double fallback, bool required) {
    const json* v = obj.value(key);
    if (v == nullptr || v->is_null()) {
        if (required) {
            obj.fail(key, "is missing");
        }
        return fallback;
    }
    return toNumber(obj, key, *v, "");
}

void rejectUnknown(const JsonObject& obj) {
    auto unknown = obj.unknownFields();
    if (!unknown.empty()) {
        obj.fail(unknown.begin()->first, "is not a field of a figure here (a typo?)");
    }
}

std::vector<Prop> readProps(JsonObject& obj, const std::string& key) {
    std::vector<Prop> props;
    const json* v = obj.value(key);
    if (v == nullptr || v->is_null()) {
        return props;
    }
    if (!v->is_array()) {
        obj.fail(key, "must be a list of props, not " + describeJson(*v));
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        props.push_back(
            readProp((*v)[i], obj.place() + ": " + key + "[" + std::to_string(i) + "]"));
    }
    return props;
}

InsetView readInset(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    InsetView v;
    v.turn = number(obj, "turn", 0);
    v.tilt = number(obj, "tilt", 0);
    if (v.tilt < 0 || v.tilt > 90) {
        obj.fail("tilt", "must be between 0 and 90 degrees");
    }
    const std::string region = obj.text("region", true);
    if (region == "whole") {
        v.region = BodyRegion::Whole;
    } else if (region == "upper") {
        v.region = BodyRegion::Upper;
    } else if (region == "trunk") {
        v.region = BodyRegion::Trunk;
    } else if (region == "feet") {
        v.region = BodyRegion::Feet;
    } else {
        obj.fail("region", "must be whole, upper, trunk or feet, not \"" + region + "\"");
    }
    const std::string corner = obj.text("corner");
    if (corner == "left") {
        v.left = true;
    } else if (!corner.empty() && corner != "right") {
        obj.fail("corner", "must be left or right, not \"" + corner + "\"");
    }
    rejectUnknown(obj);
    return v;
}

Pose readPose(const json& value, const std::string& place) {
    static const char* const kSpine[] = {"pelvis", "trunk", "neck"};
    static const char* const kArm[] = {"upper arm", "forearm", "hand"};
    static const char* const kLeg[] = {"thigh", "shin", "foot"};
    JsonObject obj(value, place);
    Pose p;
    if (const json* at = obj.value("place"); at != nullptr && !at->is_null()) {
        JsonObject place_obj(*at, place + ": place");
        p.place = bodyPointField(place_obj, "point");
        p.place_x = number(place_obj, "x", 0, true);
        p.place_y = number(place_obj, "y", 0, true);
        rejectUnknown(place_obj);
    }
    auto spine = directions(obj, "spine", 3, kSpine);
    p.pelvis = spine[0];
    p.trunk = spine[1];
    p.neck = spine[2];
    p.round = number(obj, "round", 0);
    if (std::abs(p.round) > 180) {
        obj.fail("round", "must be between -180 and 180 degrees");
    }
    p.face = optionalDirection(obj, "face");
    p.hips = optionalDirection(obj, "hips");
    p.shoulders = optionalDirection(obj, "shoulders");
    p.arms[0] = limb(obj, "arm.near", kArm);
    p.arms[1] = obj.has("arm.far") ? limb(obj, "arm.far", kArm) : p.arms[0];
    p.legs[0] = limb(obj, "leg.near", kLeg);
    p.legs[1] = obj.has("leg.far") ? limb(obj, "leg.far", kLeg) : p.legs[0];
    p.props = readProps(obj, "props");
    if (const json* contacts = obj.value("contacts"); contacts != nullptr && !contacts->is_null()) {
        if (!contacts->is_object()) {
            obj.fail("contacts", "must map body points to surfaces, like {\"hip\": \"mat\"}, not " +
                                     describeJson(*contacts));
        }
        for (auto it = contacts->begin(); it != contacts->end(); ++it) {
            if (!it->is_string()) {
                obj.fail("contacts",
                         "\"" + it.key() + "\" must name a surface, not " + describeJson(*it));
            }
            p.contacts.push_back({bodyPoint(obj, "contacts", it.key()), it->get<std::string>()});
        }
    }
    if (const json* arrow = obj.value("arrow"); arrow != nullptr && !arrow->is_null()) {
        p.arrow = readArrow(*arrow, place + ": arrow");
    }
    rejectUnknown(obj);
    return p;
}

}  // namespace hep::figure_json
