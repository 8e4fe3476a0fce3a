// Typed change messages: subscriptions end themselves, and a topic may go before them.
#include "core/topic.h"

#include <gtest/gtest.h>

#include <optional>

namespace hep {
namespace {

struct Ping {
    int n = 0;
};

TEST(Topic, SubscribersHearUntilTheirSubscriptionEnds) {
    Topic<Ping> topic;
    std::vector<int> heard;
    {
        auto a = topic.subscribe([&](const Ping& p) { heard.push_back(p.n); });
        auto b = topic.subscribe([&](const Ping& p) { heard.push_back(10 * p.n); });
        topic.publish({1});
        EXPECT_EQ(heard, (std::vector<int>{1, 10}));
        EXPECT_EQ(topic.subscriberCount(), 2u);
    }
    topic.publish({2});
    EXPECT_EQ(heard, (std::vector<int>{1, 10}));
    EXPECT_EQ(topic.subscriberCount(), 0u);
}

TEST(Topic, AMovedSubscriptionStillEndsOnce) {
    Topic<Ping> topic;
    int heard = 0;
    Subscription kept;
    {
        auto s = topic.subscribe([&](const Ping&) { ++heard; });
        kept = std::move(s);
    }
    topic.publish({});
    EXPECT_EQ(heard, 1);
    kept.reset();
    kept.reset();
    topic.publish({});
    EXPECT_EQ(heard, 1);
}

TEST(Topic, ASubscriptionMayOutliveItsTopic) {
    Subscription s;
    {
        Topic<Ping> topic;
        s = topic.subscribe([](const Ping&) {});
    }
    s.reset();  // nothing to end, nothing to crash
    SUCCEED();
}

TEST(Topic, AListenerThatEndsAnotherStopsItBeingCalled) {
    Topic<Ping> topic;
    int second_heard = 0;
    std::optional<Subscription> second;
    auto first = topic.subscribe([&](const Ping&) { second.reset(); });
    second = topic.subscribe([&](const Ping&) { ++second_heard; });
    topic.publish({});
    EXPECT_EQ(second_heard, 0);
}

}  // namespace
}  // namespace hep
