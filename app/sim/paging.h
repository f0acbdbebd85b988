// SPDX-License-Identifier: Apache-2.0
#pragma once
// limit/offset paging shared by the list endpoints, answering the envelope
// {current, data, pages, size, total}: current is the 1-based page number, size the number of
// rows in this page.
#include "http_exchange.h"

#include <optional>

namespace liteops::sim {

struct PageWindow
{
    qint64 limit = 10;
    qint64 offset = 0;

    qint64 current() const { return limit > 0 ? offset / limit + 1 : 1; }
    qint64 pages(qint64 total) const { return limit > 0 ? (total + limit - 1) / limit : 0; }
};

inline constexpr qint64 kMaxPageLimit = 1024;

// nullopt + *error (a 400 ModelArts.0104) when limit or offset is not acceptable (or refused
// by a reject-paging fault); the default page, offset 0, under an ignore-paging fault.
std::optional<PageWindow> pageWindow(const SimRequest &request, SimResponse *error, qint64 defaultLimit = 10);

} // namespace liteops::sim
