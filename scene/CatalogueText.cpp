// See CatalogueText.h.
#include "CatalogueText.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cataloguetext {

QString translated(std::string_view text)
{
    // The catalogue's texts are views of literals, but QCoreApplication wants a C string.
    const QByteArray source(text.data(), qsizetype(text.size()));
    return QCoreApplication::translate(kContext, source.constData());
}

QString displayName(act::FunctionId id)
{
    return translated(act::spec(id).displayName);
}

QString summary(act::FunctionId id)
{
    return translated(act::spec(id).summary);
}

QString description(const act::ParameterSpec &parameter)
{
    return translated(parameter.description);
}

QString familyTitle(act::Family family)
{
    QString name = translated(act::familyName(family));
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name;
}

} // namespace cataloguetext
