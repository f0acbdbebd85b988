// SPDX-License-Identifier: Apache-2.0
#include "error_banner.h"

#include "cloud_error.h"
#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace liteops::ui {

QString formatAge(qint64 seconds)
{
    // The counts are computed first: lupdate's parser hangs on some expressions inside translate().
    const int clamped = int(qMax<qint64>(seconds, 0));
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    if (seconds < 60)
        return QCoreApplication::translate("liteops::ui::ErrorBanner", "%n s", nullptr, clamped);
    if (seconds < 3600)
        return QCoreApplication::translate("liteops::ui::ErrorBanner", "%n min", nullptr, minutes);
    return QCoreApplication::translate("liteops::ui::ErrorBanner", "%n h", nullptr, hours);
}

BannerError BannerError::fromCloud(const QString &title, const CloudError &error)
{
    BannerError b;
    b.title = title;
    b.message = error.errorMsg.isEmpty()
                    ? error.message()
                    : QStringLiteral("%1: %2").arg(CloudError::kindDisplayName(error.kind), error.errorMsg);
    if (!b.message.isEmpty() && !b.message.endsWith(QLatin1Char('.')))
        b.message += QLatin1Char('.');
    if (error.kind == CloudError::Kind::Throttled && error.retryAfterSeconds > 0)
        b.message += QLatin1Char(' ')
                     + ErrorBanner::tr("The service asks to wait %n s before trying again.", nullptr,
                                       error.retryAfterSeconds);
    if (!error.hint.isEmpty())
        b.message += QLatin1Char(' ') + error.hint;
    // The HTTP status standing in for a missing body code is shown once, as the status.
    b.errorCode = error.errorCodeIsStatus() ? QString() : error.errorCode;
    b.requestId = error.requestId;
    b.httpStatus = error.httpStatus;
    b.encodedAuthorizationMessage = error.encodedAuthorizationMessage;
    return b;
}

BannerError BannerError::plain(const QString &title, const QString &message)
{
    BannerError b;
    b.title = title;
    b.message = message;
    return b;
}

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_details(new QLabel(this)), m_authorization(new QLabel(this)), m_stale(new QLabel(this)),
      m_copy(new QToolButton(this)), m_retry(new QPushButton(tr("Retry"), this)), m_close(new QToolButton(this)),
      m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/banner-error.svg")).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop);
    m_title->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setWordWrap(true);
    m_authorization->setObjectName(QStringLiteral("encodedAuthorizationMessage"));
    m_authorization->setTextFormat(Qt::PlainText);
    m_authorization->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_authorization->setWordWrap(true);
    m_authorization->hide();
    // Selectable after a click; Tab goes to the banner's buttons, not through its texts.
    for (QLabel *label : {m_message, m_details, m_authorization})
        label->setFocusPolicy(Qt::ClickFocus);
    m_stale->setWordWrap(true);
    m_copy->setIcon(actionIcon(QStringLiteral("copy")));
    m_copy->setToolTip(tr("Copy the error code and request id"));
    m_copy->setAccessibleName(tr("Copy error details"));
    m_close->setIcon(actionIcon(QStringLiteral("close")));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide error"));
    m_close->setAutoRaise(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_message);
    text->addWidget(m_details);
    text->addWidget(m_authorization);
    text->addWidget(m_stale);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 6, 6);
    row->addWidget(m_icon);
    row->addLayout(text, 1);
    row->addWidget(m_copy, 0, Qt::AlignTop);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(detailsText()); });
    m_ageTimer->setInterval(10'000);
    connect(m_ageTimer, &QTimer::timeout, this, &ErrorBanner::updateAge);
    hide();
}

void ErrorBanner::showError(const BannerError &error, const QDateTime &lastGood)
{
    m_error = error;
    m_lastGood = lastGood;
    m_title->setText(error.title);
    m_title->setVisible(!error.title.isEmpty());
    m_message->setText(error.message);
    m_message->setVisible(!error.message.isEmpty());
    QStringList details;
    if (error.httpStatus > 0)
        details << tr("HTTP %1").arg(error.httpStatus);
    if (!error.errorCode.isEmpty())
        details << tr("Error code: %1").arg(error.errorCode);
    if (!error.requestId.isEmpty())
        details << tr("Request id: %1").arg(error.requestId);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_details->setVisible(!details.isEmpty());
    m_authorization->setText(authorizationText());
    m_authorization->setVisible(!error.encodedAuthorizationMessage.isEmpty());
    m_copy->setVisible(!error.errorCode.isEmpty() || !error.requestId.isEmpty()
                       || !error.encodedAuthorizationMessage.isEmpty());
    if (!error.encodedAuthorizationMessage.isEmpty())
        m_copy->setToolTip(tr("Copy the error code, request id and encoded authorization message"));
    else
        m_copy->setToolTip(tr("Copy the error code and request id"));
    updateAge();
    m_ageTimer->start();
    show();
}

void ErrorBanner::dismiss()
{
    m_ageTimer->stop();
    hide();
}

QString ErrorBanner::authorizationText() const
{
    if (m_error.encodedAuthorizationMessage.isEmpty())
        return {};
    CloudError e;
    e.encodedAuthorizationMessage = m_error.encodedAuthorizationMessage;
    return e.authorizationHint() + QLatin1Char('\n')
           + tr("Encoded authorization message: %1").arg(m_error.encodedAuthorizationMessage);
}

QString ErrorBanner::detailsText() const
{
    QStringList parts{m_error.title, m_error.message};
    parts.removeAll(QString());
    if (m_error.httpStatus > 0)
        parts << tr("HTTP %1").arg(m_error.httpStatus);
    if (!m_error.errorCode.isEmpty())
        parts << tr("Error code: %1").arg(m_error.errorCode);
    if (!m_error.requestId.isEmpty())
        parts << tr("Request id: %1").arg(m_error.requestId);
    if (!m_error.encodedAuthorizationMessage.isEmpty())
        parts << tr("Encoded authorization message: %1").arg(m_error.encodedAuthorizationMessage);
    return parts.join(QLatin1Char('\n'));
}

QString ErrorBanner::title() const
{
    return m_title->text();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::staleText() const
{
    return m_stale->text();
}

void ErrorBanner::setRetryEnabled(bool enabled)
{
    m_retry->setEnabled(enabled);
}

void ErrorBanner::updateAge()
{
    if (!m_lastGood.isValid()) {
        m_stale->setText(tr("No data could be loaded yet."));
        return;
    }
    const qint64 age = m_lastGood.secsTo(QDateTime::currentDateTimeUtc());
    m_stale->setText(tr("Showing the last data loaded, %1 ago (stale).").arg(formatAge(age)));
}

void ErrorBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill(0xd9, 0x3a, 0x3a);
    fill.setAlpha(palette().color(QPalette::Window).lightness() < 128 ? 70 : 30);
    QColor border(0xd9, 0x3a, 0x3a);
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
}

} // namespace liteops::ui
