// SPDX-License-Identifier: Apache-2.0
#pragma once
// A non-modal error strip shown at the top of the panel an error affects: the message, the
// service's error code and the request id (selectable, with a copy button: users quote it to
// support), a Retry button, and how old the data still shown below is. Never a dialog.
#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace liteops {
struct CloudError;
}

namespace liteops::ui {

struct BannerError
{
    QString title;     // what failed, translated ("The job list could not be refreshed.")
    QString message;   // why, translated, human
    QString errorCode; // "APIGW.0308"; may be empty
    QString requestId; // X-Request-Id; may be empty
    int httpStatus = 0;
    // A 403 policy denial's encoded_authorization_message, shown selectable with a hint that
    // IAM can decode it, and copied with the other details.
    QString encodedAuthorizationMessage;

    // Title for the context, the service's own words (or the layer's message) below it; the
    // status, error code and request id go to the details line, not repeated in the text.
    static BannerError fromCloud(const QString &title, const liteops::CloudError &error);
    static BannerError plain(const QString &title, const QString &message = QString());
};

class ErrorBanner : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `lastGood` is when the data still on screen was fetched; invalid when there is none.
    void showError(const BannerError &error, const QDateTime &lastGood);
    void dismiss();

    QString title() const;
    QString message() const;
    QString errorCode() const { return m_error.errorCode; }
    QString requestId() const { return m_error.requestId; }
    QString encodedAuthorizationMessage() const { return m_error.encodedAuthorizationMessage; }
    QString authorizationText() const; // the hint and the encoded message, as shown
    QString detailsText() const;       // what the copy button puts on the clipboard
    QString staleText() const;
    void setRetryEnabled(bool enabled);

signals:
    void retryRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAge();

    BannerError m_error;
    QDateTime m_lastGood;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_details;
    QLabel *m_authorization;
    QLabel *m_stale;
    QToolButton *m_copy;
    QPushButton *m_retry;
    QToolButton *m_close;
    QTimer *m_ageTimer;
};

// "12 s", "3 min", "2 h": how long ago, for stale-data marks.
QString formatAge(qint64 seconds);

} // namespace liteops::ui
