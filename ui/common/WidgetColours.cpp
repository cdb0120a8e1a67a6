// See WidgetColours.h. A colour copied into a widget's palette would stay when the theme
// changes (a black hint on the dark window); a small filter on that widget sets it again.
#include "WidgetColours.h"

#include <QEvent>

#include <functional>

namespace widgetcolours {
namespace {

constexpr char kName[] = "widgetcolours::follower";

class ColourFollower : public QObject
{
public:
    ColourFollower(QWidget *widget, std::function<QColor(const QPalette &)> colour)
        : QObject(widget), m_colour(std::move(colour))
    {
        setObjectName(kName);
        widget->installEventFilter(this);
        apply(widget);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Setting the same colour again changes nothing, so this does not recurse.
        if (event->type() == QEvent::PaletteChange) apply(static_cast<QWidget *>(watched));
        return false;
    }

private:
    void apply(QWidget *widget) { setTextColour(widget, m_colour(widget->palette())); }

    std::function<QColor(const QPalette &)> m_colour;
};

void follow(QWidget *widget, std::function<QColor(const QPalette &)> colour)
{
    delete widget->findChild<QObject *>(kName, Qt::FindDirectChildrenOnly); // one colour rule
    new ColourFollower(widget, std::move(colour));
}

} // namespace

void setMuted(QWidget *widget)
{
    follow(widget, [](const QPalette &p) { return p.color(QPalette::PlaceholderText); });
}

void setErrorText(QWidget *widget)
{
    follow(widget, &errorColour);
}

} // namespace widgetcolours

QString widgetcolours::themedHtml(QString html, const QPalette &palette)
{
    if (!isDark(palette)) return html;
    html.replace(QStringLiteral("color:#b00020"), QStringLiteral("color:") + kErrorOnDark.name());
    html.replace(QStringLiteral("color:#b35900"), QStringLiteral("color:#ffb86c"));
    html.replace(QStringLiteral("color:gray"),
                 QStringLiteral("color:") + palette.color(QPalette::PlaceholderText).name());
    return html;
}
