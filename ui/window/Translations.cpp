// See Translations.h.
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <vector>

namespace translations {
namespace {

std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

// QTranslator::load(locale, …) tries each of the locale's UI languages in turn, and for each
// the more general names too ("de_AT", then "de").
bool load(const QLocale &locale, const QString &name, const QString &folder, QStringList &loaded)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    loaded << translator->filePath();
    installed().emplace_back(translator);
    return true;
}

} // namespace

QString embeddedFolder()
{
    return QStringLiteral(":/i18n");
}

QString baseName()
{
    return QStringLiteral("activation-explorer");
}

QStringList install(const QLocale &locale)
{
    remove();
    QStringList loaded;
    // Qt's own only where the app speaks the language too: a window half in Qt's German and
    // half in the app's English would be worse than all English.
    if (load(locale, baseName(), embeddedFolder(), loaded))
        load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath),
             loaded);
    return loaded;
}

void remove()
{
    for (const QPointer<QTranslator> &translator : installed()) {
        if (!translator) continue;
        QCoreApplication::removeTranslator(translator);
        delete translator.data();
    }
    installed().clear();
}

} // namespace translations
