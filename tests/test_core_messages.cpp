// The core's refusals and reports as the window words them (scene/CoreMessages): without a
// translator, as on the command line, each is exactly the core's English message, for every
// code: formula parse errors, parameter problems, network and simulation settings, fixed points
// that are not reached and softmax's errors. (test_ui_german checks the German.)
#include "CoreMessages.h"
#include "simulation.h"

#include <QTest>

#include <cmath>
#include <limits>

namespace {

QString english(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestCoreMessages : public QObject
{
    Q_OBJECT

private slots:
    // Without a translator (the command line), the window's wording of a parse error from its
    // code and arguments is the core's English message, for every code.
    void parseErrorWordsMatchTheCore_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        const auto row = [](const char *name, QByteArray text, act::ParseErrorCode code) {
            QTest::newRow(name) << text << int(code);
        };
        using C = act::ParseErrorCode;
        row("too long", QByteArray(10001, 'x'), C::TooLong);
        row("invalid UTF-8", "x + \xff", C::InvalidUtf8);
        row("empty", "   ", C::Empty);
        row("unmatched )", "x)", C::UnmatchedClose);
        row("comma outside", "x, 1", C::CommaOutsideCall);
        row("operator expected", "x y", C::ExpectedOperator);
        row("too deep", QByteArray(300, '(') + "x" + QByteArray(300, ')'), C::TooDeep);
        row("number out of range", "1e999", C::NumberOutOfRange);
        row("comma or )", "max(x, 1 2)", C::ExpectedCommaOrClose);
        row("comma or ) at the end", "max(x, 1", C::ExpectedCommaOrClose);
        row("two or more arguments", "max(x)", C::WrongArgumentCount);
        row("one argument", "tanh(x, 1)", C::WrongArgumentCount);
        row("one to two arguments", "elu(x, 1, 2)", C::WrongArgumentCount);
        row("parameter depends on x", "elu(x, x)", C::ParameterDependsOnX);
        row("unknown name, a suggestion", "sigmod(x)", C::UnknownName);
        row("unknown name", "zzzzzz(x)", C::UnknownName);
        row("missing )", "(x + 1", C::MissingClose);
        row("value expected at the end", "x +", C::ValueExpected);
        row("value expected", "x + *", C::ExpectedValue);
        row("function not called", "x + tanh", C::FunctionNotCalled);
    }
    void parseErrorWordsMatchTheCore()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        const act::ParseResult r =
            act::Formula::parse(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(coremessages::parseError(r.error()), QString::fromStdString(r.error().message));
    }
    void parseErrorWordsOfAnUnreachedCode()
    {
        // The parser reads a number's digits before converting it, so no text reaches this one.
        act::ParseError e;
        e.code = act::ParseErrorCode::MalformedNumber;
        e.name = "1e";
        e.column = 3;
        QCOMPARE(coremessages::parseError(e), QString::fromStdString(act::parseErrorMessage(e)));
    }

    void parameterProblemWordsMatchTheCore()
    {
        int checked = 0;
        for (const act::FunctionSpec &f : act::functions()) {
            for (std::size_t i = 0; i < f.parameters.size(); ++i) {
                for (double value : {-1e300, -1.0, 0.0, std::nan("")}) {
                    act::Parameters params = act::defaults(f.id);
                    params.values[i] = value;
                    const auto problem = act::checkParameters(f.id, params);
                    if (!problem) continue;
                    QCOMPARE(coremessages::parameterProblem(f.id, *problem),
                             QString::fromStdString(*act::validate(f.id, params)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 20);
        const act::ParameterProblem none{act::ParameterProblem::Kind::NoSuchParameter, 7};
        QCOMPARE(coremessages::parameterProblem(act::FunctionId::Elu, none),
                 QString::fromStdString(act::describe(act::FunctionId::Elu, none)));
    }

    void settingsProblemWordsMatchTheCore_data()
    {
        using Kind = act::SettingsProblem::Kind;
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("kind");
        const auto row = [](const char *change, Kind kind) {
            QTest::newRow(change) << QString::fromLatin1(change) << int(kind);
        };
        row("no activation", Kind::NoActivation);
        row("softplus beta=-1", Kind::Parameter);
        row("hardtanh min=2", Kind::Parameter);
        row("weight variance -1", Kind::WeightVariance);
        row("bias variance NaN", Kind::BiasVariance);
        row("input variance inf", Kind::InputVariance);
        row("layers 0", Kind::Layers);
        row("layers 201", Kind::Layers);
        row("width 5000", Kind::Width);
        row("batch 0", Kind::Batch);
        row("layers 200, width 2048", Kind::StoredValues);
        row("histogram bins 0", Kind::HistogramBins);
        row("histogram min = max", Kind::HistogramRange);
    }
    void settingsProblemWordsMatchTheCore()
    {
        QFETCH(QString, change);
        QFETCH(int, kind);
        act::SimulationSettings s;
        act::NetworkSettings &n = s.network;
        if (change == "no activation") n.activation = nullptr;
        if (change == "softplus beta=-1")
            n.activation = act::catalogueActivation(act::FunctionId::Softplus, {{-1.0, 20.0}});
        if (change == "hardtanh min=2")
            n.activation = act::catalogueActivation(act::FunctionId::Hardtanh, {{2.0, 1.0}});
        if (change == "weight variance -1") n.weightVariance = -1;
        if (change == "bias variance NaN") n.biasVariance = std::nan("");
        if (change == "input variance inf")
            n.inputVariance = std::numeric_limits<double>::infinity();
        if (change == "layers 0") n.layers = 0;
        if (change == "layers 201") n.layers = 201;
        if (change == "width 5000") s.width = 5000;
        if (change == "batch 0") s.batch = 0;
        if (change.startsWith("layers 200")) n.layers = 200, s.width = 2048;
        if (change == "histogram bins 0") s.histogramBins = 0;
        if (change == "histogram min = max") s.histogramMax = s.histogramMin;
        const auto problem = act::checkSettings(s);
        QVERIFY(problem);
        QCOMPARE(int(problem->kind), kind);
        QCOMPARE(coremessages::settingsProblem(*problem), english(act::describe(*problem)));
        QCOMPARE(coremessages::settingsProblem(*problem), english(*act::validate(s)));
        // The network's own problems are the network settings' too.
        if (const auto own = act::checkSettings(n))
            QCOMPARE(coremessages::settingsProblem(*own), english(*act::validate(n)));
    }

    void fixedPointWordsMatchTheCore_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("q");
        using S = act::FixedPointStatus;
        QTest::newRow("converged") << int(S::Converged) << 1.0;
        QTest::newRow("diverged") << int(S::Diverged) << 7.021753e99;
        QTest::newRow("not converged") << int(S::NotConverged) << 0.123456789;
        QTest::newRow("not converged, large") << int(S::NotConverged) << 123456789.0;
    }
    void fixedPointWordsMatchTheCore()
    {
        QFETCH(int, status);
        QFETCH(double, q);
        const act::FixedPoint point{act::FixedPointStatus(status), q, 1.0, 1.0};
        QCOMPARE(coremessages::fixedPoint(point), english(act::describe(point)));
    }
    void fixedPointWordsOfADivergingNetwork()
    {
        // As the network panel gets it: ReLU at σw² = 3 multiplies q by 1.5 in every layer.
        act::NetworkSettings s;
        s.activation = act::catalogueActivation(act::FunctionId::Relu);
        s.weightVariance = 3;
        const act::FixedPoint point = act::fixedPoint(s);
        QCOMPARE(int(point.status), int(act::FixedPointStatus::Diverged));
        QCOMPARE(coremessages::fixedPoint(point), english(act::describe(point)));
    }

    void softmaxErrorWordsMatchTheCore()
    {
        using E = act::SoftmaxError;
        for (E error : {E::None, E::Empty, E::NonFinite, E::BadTemperature, E::SizeMismatch}) {
            const std::string_view core = act::describe(error);
            QCOMPARE(coremessages::softmaxError(error),
                     QString::fromUtf8(core.data(), qsizetype(core.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "test_core_messages.moc"
