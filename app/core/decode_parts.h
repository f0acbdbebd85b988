// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to liteops_core: pieces shared by the decoder files.
#include "json_walker.h"

namespace liteops::json {

// items[] of {type, spec: {string: string}} (job detail, create answer, create request).
QList<JobItem> decodeJobItems(const Walker &w, std::string_view key, Element v);

// A ModelArts job object (list row, detail or create answer).
Job decodeModelArtsJob(const Walker &w, Element v);

// A task message field (ServiceStage `messages`, IEF `reason`) as text: a JSON document in
// the string, or a JSON object or array in its place, goes through messageText() into
// `holder` (which must outlive the Task::Builder); plain text stays a view.
QAnyStringView messageField(const Walker &w, std::string_view key, Element v, QString &holder);

// The paged envelope {current, data, pages, size, total}. A missing total is taken as the
// number of rows in hand, so a caller paging "until total" stops instead of looping.
template <typename T, typename RowFn>
Page<T> decodePage(const Walker &w, Element root, RowFn &&row)
{
    Page<T> page;
    bool haveTotal = false;
    for (auto [key, v] : w.object(root)) {
        if (key == "current") {
            page.current = w.integer(key, v, 0);
        } else if (key == "pages") {
            page.pages = w.integer(key, v, 0);
        } else if (key == "size") {
            page.size = w.integer(key, v, 0);
        } else if (key == "total") {
            page.total = w.integer(key, v, -1);
            haveTotal = page.total >= 0;
        } else if (key == "data") {
            if (const std::optional<Array> rows = w.optArray(key, v)) {
                Walker::Scope scope(w, key);
                page.rows.reserve(qsizetype(rows->size()));
                size_t i = 0;
                for (Element e : *rows) {
                    Walker::Scope at(w, i++);
                    if (!e.is_null()) // a null row is no row
                        page.rows.append(row(e));
                }
            }
        }
    }
    if (!haveTotal)
        page.total = page.rows.size();
    return page;
}

} // namespace liteops::json
