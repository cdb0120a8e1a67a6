// The .actscene file: exact round trips (every field, doubles bit for bit), and every kind of
// broken or hostile file refused with a message naming the field.
#include "Scene.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "support/Files.h"
#include "support/FullDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>

namespace {

using act::FunctionId;

// A scene where every field differs from the defaults and most numbers need all 17 digits.
Scene unusualScene()
{
    Scene scene;
    scene.current = FunctionId::Elu;
    scene.overlays = {FunctionId::Hardtanh, FunctionId::Relu, FunctionId::Swish};
    for (const auto &f : act::functions()) {
        for (std::size_t i = 0; i < f.parameters.size(); ++i) {
            const auto &p = f.parameters[i];
            // A third of the way into the slider's range: not a short decimal.
            scene.parametersOf(f.id).values[i] = p.sliderMin + (p.sliderMax - p.sliderMin) / 3.0;
        }
        if (auto error = act::validate(f.id, scene.parametersOf(f.id)))
            scene.parametersOf(f.id) = act::defaults(f.id);
    }
    scene.ordersShown = {false, true, true};
    scene.view = ViewRange{-0.1 - 0.2, 7.0 / 3.0, -1e-7 / 3.0, 12345.678901234567};
    scene.logits = {1.0 / 3.0, -2.5e-300, 1e300, 0.1 + 0.2, 5e-324};
    scene.temperature = 0.7 / 3.0;
    scene.applyActivation = true;
    scene.theme = SceneTheme::Dark;
    scene.network.layers = 137;
    scene.network.width = 77;
    scene.network.weightVariance = 2.0 / 3.0;
    scene.network.biasVariance = 0.1 + 0.2;
    scene.network.inputVariance = 1e-7 / 3.0;
    scene.network.batch = 3;
    scene.network.seed = 9007199254740991; // 2^53 - 1
    scene.network.plot = NetworkPlot::PhaseDiagram;
    scene.network.quantity = LayerQuantity::GradientGain;
    return scene;
}

// operator== treats -0 and 0 alike; the file must give back the very same bits.
bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

void compareBitExact(const Scene &a, const Scene &b)
{
    QVERIFY(a == b);
    for (std::size_t f = 0; f < act::kFunctionCount; ++f)
        for (std::size_t i = 0; i < act::kMaxParameters; ++i)
            QVERIFY(sameBits(a.parameters[f].values[i], b.parameters[f].values[i]));
    QCOMPARE(a.view.has_value(), b.view.has_value());
    if (a.view)
        for (auto member : {&ViewRange::xMin, &ViewRange::xMax, &ViewRange::yMin, &ViewRange::yMax})
            QVERIFY(sameBits((*a.view).*member, (*b.view).*member));
    for (std::size_t i = 0; i < a.logits.size(); ++i)
        QVERIFY(sameBits(a.logits[i], b.logits[i]));
    QVERIFY(sameBits(a.temperature, b.temperature));
    for (auto member :
         {&NetworkSetup::weightVariance, &NetworkSetup::biasVariance, &NetworkSetup::inputVariance})
        QVERIFY(sameBits(a.network.*member, b.network.*member));
}

QJsonObject validObject()
{
    return QJsonDocument::fromJson(sceneToJson(unusualScene())).object();
}

// Sets "a.b.c" in a copy of the valid document.
QByteArray withField(const QString &path, const QJsonValue &value, int version = 1)
{
    const QStringList keys = path.split(QLatin1Char('.'));
    std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject object, qsizetype i) {
        if (i == keys.size() - 1) {
            if (value.isUndefined())
                object.remove(keys[i]);
            else
                object.insert(keys[i], value);
        } else {
            object.insert(keys[i], set(object.value(keys[i]).toObject(), i + 1));
        }
        return object;
    };
    QJsonObject root = set(validObject(), 0);
    if (!path.startsWith(QLatin1String("version"))) root.insert(QStringLiteral("version"), version);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonArray numbers(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(i);
    return array;
}

} // namespace

class TestSceneFile : public QObject
{
    Q_OBJECT

private slots:
    // Files as earlier versions of the app wrote them, kept in tests/fixtures: they open
    // whatever the code under the format becomes.
    void overlayThatBecomesCurrentLeavesTheOverlays()
    {
        SceneModel model;
        model.setOverlaid(FunctionId::Relu, true);
        QSignalSpy overlays(&model, &SceneModel::overlayChanged);
        model.setCurrent(FunctionId::Relu);
        QCOMPARE(overlays.count(), 1);
        QCOMPARE(overlays.front().at(1).toBool(), false);
        QVERIFY(!model.isOverlaid(FunctionId::Relu));
        QVERIFY(!validateScene(model.scene()));
        model.setOverlaid(FunctionId::Relu, true); // the current function: refused
        QVERIFY(!model.isOverlaid(FunctionId::Relu));
        model.setCurrent(FunctionId::Gelu);
        QCOMPARE(model.plotted(), std::vector<CurveId>{FunctionId::Gelu});
    }

    void fixturesStillOpen()
    {
        const QString dir = QStringLiteral(ACTIVATION_FIXTURES_DIR);
        const SceneLoadResult lesson = loadScene(dir + "/lesson-v1.actscene");
        QVERIFY2(lesson.scene, qPrintable(lesson.error));
        QVERIFY(lesson.notes.isEmpty());
        QCOMPARE(lesson.scene->current, CurveId(FunctionId::LeakyRelu));
        QCOMPARE(lesson.scene->overlays,
                 (std::vector<CurveId>{FunctionId::Relu, FunctionId::Gelu}));
        QCOMPARE(lesson.scene->parametersOf(FunctionId::LeakyRelu).values[0], 0.2);
        QCOMPARE(lesson.scene->parametersOf(FunctionId::Hardtanh).values[0], -0.5);
        QCOMPARE(lesson.scene->view, std::optional(ViewRange{-5, 5, -1.5, 5.5}));
        QVERIFY(lesson.scene->applyActivation);
        QCOMPARE(lesson.scene->theme, SceneTheme::Light);
        QVERIFY(lesson.scene->network == NetworkSetup{}); // written before the network panel
        SceneModel model;
        QCOMPARE(model.setScene(*lesson.scene), std::nullopt);
        // Written again, it reads back as the same scene.
        const SceneLoadResult again = sceneFromJson(sceneToJson(model.scene()), "again");
        QVERIFY(again.scene);
        QCOMPARE(*again.scene, model.scene());

        const SceneLoadResult minimal = loadScene(dir + "/minimal-v1.actscene");
        QVERIFY2(minimal.scene, qPrintable(minimal.error));
        QCOMPARE(minimal.scene->current, FunctionId::Tanh);
        QCOMPARE(minimal.scene->logits, Scene().logits); // everything else: the defaults
        QVERIFY(!minimal.scene->view);

        const SceneLoadResult newer = loadScene(dir + "/newer-v7.actscene");
        QVERIFY2(newer.scene, qPrintable(newer.error));
        QCOMPARE(newer.scene->current, FunctionId::Sigmoid);
        QCOMPARE(newer.scene->parametersOf(FunctionId::Elu).values[0], 0.75);
        QCOMPARE(newer.scene->temperature, 0.5);
        // "network" was a newer version's field when this file was made; now it is read.
        QCOMPARE(newer.scene->network.layers, 30);
        QCOMPARE(newer.scene->network.weightVariance, 1.0);
        QCOMPARE(newer.notes.size(), 1);
        QVERIFY(!newer.notes.front().contains(QLatin1String("network")));
        for (const char *field : {"functions.elu.gamma", "functions.new_function", "softmax.top_k"})
            QVERIFY2(newer.notes.front().contains(QLatin1String(field)),
                     qPrintable(newer.notes.front()));
    }

    void init() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsEveryFieldBitExact()
    {
        const Scene scene = unusualScene();
        QVERIFY(!validateScene(scene));
        const QString path = m_dir.filePath("every-field.actscene");
        QCOMPARE(saveScene(scene, path), std::nullopt);
        const SceneLoadResult loaded = loadScene(path);
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QVERIFY(loaded.notes.isEmpty());
        compareBitExact(scene, *loaded.scene);
        // Saving what was loaded writes the same bytes again.
        QCOMPARE(sceneToJson(*loaded.scene), sceneToJson(scene));
    }

    void doublesRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("one third") << 1.0 / 3.0;
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2;
        QTest::newRow("smallest subnormal") << 5e-324;
        QTest::newRow("smallest normal") << 2.2250738585072014e-308;
        QTest::newRow("largest finite") << 1.7976931348623157e308;
        QTest::newRow("negative large") << -123456789012345678.0;
        QTest::newRow("next after one") << std::nextafter(1.0, 2.0);
        QTest::newRow("pi") << 3.141592653589793;
    }
    void doublesRoundTrip()
    {
        QFETCH(double, value);
        Scene scene;
        scene.logits = {value, 0.0};
        const SceneLoadResult loaded = sceneFromJson(sceneToJson(scene), "t");
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QVERIFY(sameBits(loaded.scene->logits[0], value));
    }

    void negativeZeroComesBackEqual()
    {
        // JSON readers (Qt's included) drop the sign of zero; the value stays equal.
        Scene scene;
        scene.logits = {-0.0, 1.0};
        const SceneLoadResult loaded = sceneFromJson(sceneToJson(scene), "t");
        QVERIFY(loaded.scene);
        QCOMPARE(loaded.scene->logits[0], 0.0);
    }

    void captureApplyRoundTripsThroughTheModel()
    {
        SceneModel model;
        QCOMPARE(model.setScene(unusualScene()), std::nullopt);
        const Scene captured = model.scene();
        QCOMPARE(captured, unusualScene());

        const QString path = m_dir.filePath("model.actscene");
        QCOMPARE(saveScene(captured, path), std::nullopt);
        SceneModel otherModel;
        const SceneLoadResult loaded = loadScene(path);
        QVERIFY(loaded.scene);
        QCOMPARE(otherModel.setScene(*loaded.scene), std::nullopt);
        compareBitExact(otherModel.scene(), captured);
        QCOMPARE(otherModel.plotted(), model.plotted());
    }

    void sceneWithoutViewFitsTheCurrentFunction()
    {
        Scene scene;
        scene.current = FunctionId::Tanh;
        scene.view.reset();
        SceneModel model;
        QCOMPARE(model.setScene(scene), std::nullopt);
        QCOMPARE(model.view().xMin, act::spec(FunctionId::Tanh).viewMin);
        QCOMPARE(model.view().xMax, act::spec(FunctionId::Tanh).viewMax);
        QVERIFY(model.view().yMin < -1.0 && model.view().yMax > 1.0); // tanh's range, padded
    }

    void badFileIsRefusedAndSceneUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray valid = sceneToJson(unusualScene());
        QTest::newRow("empty") << QByteArray() << "scene.actscene: the file is empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << "the file is empty";
        QTest::newRow("not JSON") << QByteArray("hello, world") << "not valid JSON at line 1";
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << "not valid JSON";
        QTest::newRow("last brace missing") << valid.trimmed().chopped(1) << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "not valid JSON";
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << "expected a JSON object";
        QTest::newRow("wrong format") << withField("format", "something-else")
                                      << "scene.actscene: format: not an Activation Explorer scene";
        QTest::newRow("format missing")
            << withField("format", QJsonValue::Undefined) << "format: missing";
        QTest::newRow("version a string")
            << withField("version", "1") << "version: expected a number, got a string";
        QTest::newRow("version zero")
            << withField("version", 0) << "version: expected a whole number";
        QTest::newRow("version fraction") << withField("version", 1.5) << "version:";
        QTest::newRow("current missing")
            << withField("current", QJsonValue::Undefined) << "current: missing";
        QTest::newRow("current unknown")
            << withField("current", "gelux")
            << "current: unknown function \"gelux\"; did you mean \"gelu\"?";
        QTest::newRow("current null") << withField("current", QJsonValue::Null)
                                      << "current: expected a function name, got null";
        QTest::newRow("unknown function")
            << withField("functions.nope", QJsonObject{}) << "functions.nope: unknown function";
        QTest::newRow("unknown parameter")
            << withField("functions.elu.beta", 1.0) << "functions.elu.beta: unknown parameter";
        QTest::newRow("parameter a string")
            << withField("functions.leaky_relu.alpha", "0.1")
            << "scene.actscene: functions.leaky_relu.alpha: expected a number, got a string";
        QTest::newRow("parameter out of domain")
            << withField("functions.softplus.beta", -1.0) << "functions.softplus.beta: softplus";
        QTest::newRow("parameters inconsistent")
            << withField("functions.hardtanh.min", 5.0) << "functions.hardtanh: hardtanh";
        QTest::newRow("parameters an array") << withField("functions.elu", QJsonArray{1})
                                             << "functions.elu: expected an object, got an array";
        QTest::newRow("functions a number")
            << withField("functions", 3) << "functions: expected an object, got a number";
        QTest::newRow("overlays not an array")
            << withField("overlays", "relu") << "overlays: expected an array, got a string";
        QTest::newRow("overlay twice") << withField("overlays", QJsonArray{"relu", "relu"})
                                       << "overlays[1]: relu is listed twice";
        QTest::newRow("overlay is current") << withField("overlays", QJsonArray{"elu"})
                                            << "overlays[0]: elu is already the current function";
        QTest::newRow("overlay a number") << withField("overlays", QJsonArray{7})
                                          << "overlays[0]: expected a function name, got a number";
        QTest::newRow("100k overlays") << withField("overlays", numbers(100000))
                                       << "overlays: expected 0 to 26 entries, got 100000";
        QTest::newRow("curves a number")
            << withField("curves.f", 1) << "curves.f: expected true or false, got a number";
        QTest::newRow("view reversed") << withField("view.x", QJsonArray{2, 1})
                                       << "view.x: expected [min, max] with min < max";
        QTest::newRow("view three numbers")
            << withField("view.y", QJsonArray{1, 2, 3}) << "view.y: expected 2 to 2 entries, got 3";
        QTest::newRow("view a string") << withField("view.x", QJsonArray{"a", 2})
                                       << "view.x[0]: expected a number, got a string";
        QTest::newRow("view too wide")
            << withField("view.x", QJsonArray{-1e300, 1e300}) << "view.x: too wide or too narrow";
        QTest::newRow("view an object")
            << withField("view", QJsonArray{}) << "view: expected an object";
        QTest::newRow("one logit") << withField("softmax.logits", QJsonArray{1})
                                   << "softmax.logits: expected 2 to 20 entries, got 1";
        QTest::newRow("100k logits") << withField("softmax.logits", numbers(100000))
                                     << "softmax.logits: expected 2 to 20 entries, got 100000";
        QTest::newRow("logit a string") << withField("softmax.logits", QJsonArray{1, "a"})
                                        << "softmax.logits[1]: expected a number, got a string";
        QTest::newRow("logit too large")
            << QByteArray(valid).replace("1e+300", "1e+400") << "not valid JSON";
        QTest::newRow("temperature zero")
            << withField("softmax.temperature", 0)
            << "softmax.temperature: the temperature must be a finite number above 0";
        QTest::newRow("temperature negative")
            << withField("softmax.temperature", -2)
            << "softmax.temperature: the temperature must be a finite number above 0";
        QTest::newRow("temperature a string")
            << withField("softmax.temperature", "hot") << "softmax.temperature: expected a number";
        QTest::newRow("apply a string") << withField("softmax.apply_activation", "yes")
                                        << "softmax.apply_activation: expected true or false";
        QTest::newRow("theme unknown") << withField("theme", "blue") << "theme: expected \"light\"";
        QTest::newRow("network a number")
            << withField("network", 3) << "network: expected an object, got a number";
        QTest::newRow("network layers zero")
            << withField("network.layers", 0)
            << "network.layers: expected a whole number from 1 to 200, got 0";
        QTest::newRow("network layers fraction")
            << withField("network.layers", 2.5) << "network.layers: expected a whole number";
        QTest::newRow("network layers huge")
            << withField("network.layers", 1e300) << "network.layers: expected a whole number";
        QTest::newRow("network width a string")
            << withField("network.width", "wide") << "network.width: expected a number";
        QTest::newRow("network batch too large")
            << withField("network.batch", 5000)
            << "network.batch: expected a whole number from 1 to 4096";
        QTest::newRow("network seed negative")
            << withField("network.seed", -1) << "network.seed: expected a whole number from 0";
        QTest::newRow("network seed beyond 2^53")
            << withField("network.seed", 1e17) << "network.seed: expected a whole number from 0";
        QTest::newRow("network variance negative")
            << withField("network.bias_variance", -0.5)
            << "network.bias_variance: a variance cannot be negative";
        QTest::newRow("network plot unknown")
            << withField("network.plot", "pie") << "network.plot: expected \"distributions\"";
        QTest::newRow("network quantity unknown")
            << withField("network.quantity", "q") << "network.quantity: expected \"variance\"";
        QTest::newRow("network too much to simulate")
            << withField("network.batch", 4096)
            << "network: layers × width × batch must be at most";
        QTest::newRow("network unknown field")
            << withField("network.depth", 3) << "network.depth: unknown field";
        QTest::newRow("unknown field in version 1")
            << withField("colour", "red") << "colour: unknown field";
        QTest::newRow("nested unknown in version 1")
            << withField("softmax.bias", 1) << "softmax.bias: unknown field";
        QByteArray deep = withField("extra", 1, 2);
        deep.insert(1, "\"deep\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + ",");
        QTest::newRow("10k-deep nesting") << deep << "not valid JSON";
        QByteArray deepObject = "{\"a\":";
        for (int i = 0; i < 10000; ++i)
            deepObject += "{\"a\":";
        deepObject += "1" + QByteArray(10001, '}') + "}";
        QTest::newRow("10k-deep objects") << deepObject << "not valid JSON";
        QTest::newRow("over 1 MiB")
            << QByteArray(valid + QByteArray(1024 * 1024, ' ')) << "too large for a scene file";
    }
    void badFileIsRefusedAndSceneUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath("scene.actscene");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(content), content.size());
        }
        expectRefused(path, expected);
    }

    void pathThatIsNoFileIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("folder") << "folder"
                                << "folder: is a folder, not a scene file";
        QTest::newRow("missing") << "missing.actscene"
                                 << "missing.actscene: no such file";
    }
    void pathThatIsNoFileIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QDir(m_dir.path()).mkdir("folder");
        expectRefused(m_dir.filePath(name), expected);
    }

    void newerVersionLoadsKnownFieldsWithNote()
    {
        QJsonObject root = validObject();
        root.insert("version", kSceneFormatVersion + 1);
        root.insert("annotations", QJsonArray{"later"});
        QJsonObject softmax = root.value("softmax").toObject();
        softmax.insert("bias", 0.5);
        root.insert("softmax", softmax);
        QJsonObject functions = root.value("functions").toObject();
        functions.insert("future_unit", QJsonObject{{"k", 1}});
        root.insert("functions", functions);
        const SceneLoadResult loaded = sceneFromJson(QJsonDocument(root).toJson(), "new.actscene");
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QCOMPARE(*loaded.scene, unusualScene());
        QCOMPARE(loaded.notes.size(), 1);
        QCOMPARE(loaded.notes.front(), "new.actscene: written by a newer version; ignored: "
                                       "annotations, functions.future_unit, softmax.bias");
    }

    void newerVersionStillChecksKnownFields()
    {
        const SceneLoadResult loaded =
            sceneFromJson(withField("functions.leaky_relu.alpha", "x", 2), "new.actscene");
        QVERIFY(!loaded.scene);
        QVERIFY(loaded.error.contains("functions.leaky_relu.alpha: expected a number"));
    }

    void invalidSceneIsNotAppliedNorSaved()
    {
        SceneModel model;
        model.setOverlaid(FunctionId::Relu, true);
        const Scene before = model.scene();
        Scene bad = unusualScene();
        bad.temperature = -1.0;
        QVERIFY(model.setScene(bad).has_value());
        QCOMPARE(model.scene(), before);

        const QString path = m_dir.filePath("kept.actscene");
        QCOMPARE(saveScene(before, path), std::nullopt);
        const QByteArray saved = testsupport::readAll(path);
        QVERIFY(saveScene(bad, path).has_value());
        QCOMPARE(testsupport::readAll(path), saved);
    }

    void saveToUnwritablePlaceFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing folder") << "no/such/folder/x.actscene";
        QTest::newRow("a folder") << "folder";
        QTest::newRow("empty name") << "";
    }
    void saveToUnwritablePlaceFails()
    {
        QFETCH(QString, name);
        const QTemporaryDir dir;
        QDir(dir.path()).mkdir("folder");
        const QString path = name.isEmpty() ? name : dir.filePath(name);
        const auto error = saveScene(unusualScene(), path);
        QVERIFY(error.has_value());
        QVERIFY2(error->startsWith("cannot write"), qPrintable(*error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // The window's Save Scene goes through here. A scene is a few kB: all of it waits in
    // QSaveFile's buffer, whose failed last flush Qt 6.4's commit() ignored, so a full disk
    // replaced the old scene with an empty file and reported success.
    void saveOnAFullDiskKeepsTheOldFile()
    {
        SmallTmpfs disk;
        if (!disk.skipReason().isEmpty()) QSKIP(qPrintable(disk.skipReason()));
        const QString path = disk.filePath("scene.actscene");
        QCOMPARE(saveScene(Scene{}, path), std::nullopt);
        const QByteArray old = testsupport::readAll(path);
        QCOMPARE(disk.fill(0), QString());

        const auto error = saveScene(unusualScene(), path);
        QCOMPARE(error, "cannot write '" + path + "': No space left on device");
        QCOMPARE(testsupport::readAll(path), old);
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({"filler", "scene.actscene"}));
    }

    // The same without root: past a file size limit writes fail as on a full disk (EFBIG).
    void saveCutShortKeepsTheOldFile()
    {
        const QString path = m_dir.filePath("cut.actscene");
        QCOMPARE(saveScene(Scene{}, path), std::nullopt);
        const QByteArray old = testsupport::readAll(path);
        std::optional<QString> error;
        {
            const FileSizeLimit limit(1024);
            error = saveScene(unusualScene(), path);
        }
        QCOMPARE(error, "cannot write '" + path + "': File too large");
        QCOMPARE(testsupport::readAll(path), old);
        QCOMPARE(QDir(m_dir.path()).entryList({"cut*"}, QDir::Files | QDir::Hidden),
                 QStringList{"cut.actscene"});
    }

    void devicesAreWrittenInPlaceAndReadWithALimit()
    {
        // A device cannot be replaced by renaming; it is written directly and stays a device.
        QCOMPARE(saveScene(unusualScene(), "/dev/null"), std::nullopt);
        QVERIFY(!QFileInfo("/dev/null").isFile() && QFileInfo::exists("/dev/null"));
        // An endless device is cut off at the size limit, not read until memory runs out.
        const SceneLoadResult loaded = loadScene("/dev/zero");
        QVERIFY(!loaded.scene);
        QVERIFY2(loaded.error.contains("too large"), qPrintable(loaded.error));
    }

private:
    // Refused, with a message naming the field. (That a refused file leaves the shown scene
    // alone is the window's part: test_ui_mainwindow's refusedFileChangesNothing.)
    void expectRefused(const QString &path, const QString &expected)
    {
        const SceneLoadResult loaded = loadScene(path);
        QVERIFY(!loaded.scene);
        QVERIFY2(loaded.error.contains(expected),
                 qPrintable(loaded.error + " -- expected: " + expected));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSceneFile)
#include "test_scene_file.moc"
