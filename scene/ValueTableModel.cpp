// See ValueTableModel.h.
#include "ValueTableModel.h"

#include "SceneModel.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace {

QString exact(double value)
{
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 17);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString shown(double value)
{
    if (std::isnan(value)) return QObject::tr("undefined");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (value == 0) return QStringLiteral("0");
    return QLocale::c().toString(value, 'g', 10).replace(QLatin1Char('-'), QChar(0x2212));
}

double component(const act::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

bool allFinite(const std::vector<double> &xs)
{
    return std::all_of(xs.begin(), xs.end(), [](double x) { return std::isfinite(x); });
}

} // namespace

ValueTableModel::ValueTableModel(SceneModel *model, QObject *parent)
    : QAbstractTableModel(parent), m_model(model), m_plotted(model->plotted())
{
    connect(m_model, &SceneModel::parametersChanged, this, &ValueTableModel::onParametersChanged);
    connect(m_model, &SceneModel::currentChanged, this, &ValueTableModel::onPlottedChanged);
    connect(m_model, &SceneModel::overlayChanged, this, &ValueTableModel::onPlottedChanged);
    // A formula renamed or retyped: its columns' headers and values.
    connect(m_model, &SceneModel::formulasChanged, this, [this] {
        onPlottedChanged(); // a formula removed with its curve
        forgetValues();     // or given another expression
        if (columnCount() <= 1) return;
        emit headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
        if (rowCount() > 0) emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
    });
}

bool ValueTableModel::setXs(const std::vector<double> &xs)
{
    if (!allFinite(xs)) return false;
    beginResetModel();
    m_xs = xs;
    forgetValues();
    endResetModel();
    return true;
}

int ValueTableModel::addX(double x)
{
    if (!std::isfinite(x)) return -1;
    const bool ascending = std::is_sorted(m_xs.begin(), m_xs.end());
    const auto at = ascending ? std::upper_bound(m_xs.begin(), m_xs.end(), x) : m_xs.end();
    const int row = int(at - m_xs.begin());
    beginInsertRows({}, row, row);
    m_xs.insert(at, x);
    forgetValues();
    endInsertRows();
    return row;
}

void ValueTableModel::removeX(int row)
{
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    m_xs.erase(m_xs.begin() + row);
    forgetValues();
    endRemoveRows();
}

CurveId ValueTableModel::functionAt(int column) const
{
    return m_plotted[std::size_t((column - 1) / 3)];
}

double ValueTableModel::valueAt(int row, int column) const
{
    if (column == 0) return m_xs[std::size_t(row)];
    return component(valuesAt(row, std::size_t(column - 1) / 3), orderAt(column));
}

const act::Derivatives &ValueTableModel::valuesAt(int row, std::size_t curve) const
{
    if (m_values.size() != m_xs.size() ||
        (!m_values.empty() && m_values[0].size() != m_plotted.size()))
        m_values.assign(m_xs.size(),
                        std::vector<std::optional<act::Derivatives>>(m_plotted.size()));
    std::optional<act::Derivatives> &cell = m_values[std::size_t(row)][curve];
    if (!cell) cell = m_model->valuesAt(m_plotted[curve], m_xs[std::size_t(row)]);
    return *cell;
}

QString ValueTableModel::text(const std::vector<int> &rows) const
{
    static const char *const kPrimes[3] = {"", "'", "''"};
    QStringList header{QStringLiteral("x")};
    for (CurveId id : m_plotted)
        for (int order = 0; order < 3; ++order)
            header << (id.isCatalogue() ? functionName(id.function()) : m_model->curveName(id)) +
                          QLatin1String(kPrimes[order]);
    QString out = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    std::vector<int> chosen = rows;
    if (chosen.empty())
        for (int row = 0; row < rowCount(); ++row)
            chosen.push_back(row);
    for (int row : chosen) {
        if (row < 0 || row >= rowCount()) continue;
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column)
            cells << exact(valueAt(row, column));
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

int ValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_xs.size());
}

int ValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + 3 * int(m_plotted.size());
}

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const double value = valueAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return shown(value);
    case Qt::EditRole:
    case ValueRole:
        return value;
    case Qt::ToolTipRole:
        return exact(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        if (orientation == Qt::Vertical && role == Qt::DisplayRole) return section + 1;
        return {};
    }
    if (section == 0) return tr("x");
    static const char *const kSymbols[3] = {"f", "f′", "f″"};
    return tr("%1 %2").arg(m_model->curveName(functionAt(section)),
                           QString::fromUtf8(kSymbols[orderAt(section)]));
}

Qt::ItemFlags ValueTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == 0) flags |= Qt::ItemIsEditable;
    return flags;
}

bool ValueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != 0) return false;
    bool ok = false;
    const double x = value.toDouble(&ok);
    if (!ok || !std::isfinite(x)) return false;
    m_xs[std::size_t(index.row())] = x;
    if (std::size_t(index.row()) < m_values.size())
        for (auto &cell : m_values[std::size_t(index.row())])
            cell.reset();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

void ValueTableModel::onParametersChanged(CurveId id)
{
    for (std::size_t i = 0; i < m_plotted.size(); ++i)
        if (m_plotted[i] == id && rowCount() > 0) {
            for (auto &row : m_values)
                if (i < row.size()) row[i].reset();
            emit dataChanged(index(0, 1 + 3 * int(i)), index(rowCount() - 1, 3 + 3 * int(i)));
        }
}

void ValueTableModel::onPlottedChanged()
{
    if (m_model->plotted() == m_plotted) return;
    beginResetModel();
    m_plotted = m_model->plotted();
    forgetValues();
    endResetModel();
}
