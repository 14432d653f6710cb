/**
 * English into Chinese, a language written without spaces between words: its times ("下午3点"),
 * units and counters glued to the figure ("24天", "两个"), currencies named after the amount
 * ("2欧元"), bounds said after the figure ("12岁以下"), opposites and rates searched as text, and
 * literals that stand right against Chinese characters. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { currencyAround } from '../../../shared/text/currency';
import { timesIn } from '../../../shared/text/datetime';
import { phonesIn } from '../../../shared/text/phones';
import { spelledNumbersIn } from '../../../shared/text/spelled';
import { check, flagged } from '../../helpers/qa';

const zh = { targetLang: 'zh' };
const rules = (findings: ReturnType<typeof check>) => findings.map((finding) => `${finding.rule} ${finding.text}`);

describe('Chinese times of day', () => {
  it('reads the part of the day said before the hour, the hour word, minutes and "half past"', () => {
    const read = (text: string) =>
      timesIn(text, 'zh').map((time) => [time.text, time.minutes / 60, time.alternative && time.alternative / 60]);
    expect(read('上午9点30分，下午3点半，晚上9:30，凌晨1点，中午12点')).toEqual([
      ['上午9点30分', 9.5, null],
      ['下午3点半', 15.5, null],
      ['晚上9:30', 21.5, null],
      ['凌晨1点', 1, null],
      ['中午12点', 12, null],
    ]);
    // an hour alone may be either half of the day; the third point of a list is no time
    expect(read('工作日早上6:30至10点')).toEqual([
      ['早上6:30', 6.5, null],
      ['10点', 10, 22],
    ]);
    expect(read('第3点建议')).toEqual([]);
  });

  it('accepts the same times, and finds a time changed', () => {
    expect(check('Check-in starts at 3 p.m. and check-out is by 11 a.m.', '入住时间为下午3点起，退房时间为上午11点前。', zh)).toEqual([]);
    expect(check('Breakfast is served from 7 to 11 a.m.', '早餐供应时间为早上7点至11点。', zh)).toEqual([]);
    expect(
      flagged(check('Stations are cleared between 1 a.m. and 5 a.m.', '车站在凌晨1点至下午5点之间清理。', zh), 'numbers.changed'),
    ).toEqual(['下午5点']);
  });

  it('reads a limit said with a negation before a comparison, turned into the other limit ("not more than 6" → "至少6")', () => {
    expect(rules(check('Do not take more than 6 tablets in 24 hours.', '24小时内服用至少6片。', zh))).toEqual(['limits.inverted 至少']);
    expect(check('Do not take more than 6 tablets in 24 hours.', '24小时内服用不得超过6片。', zh)).toEqual([]);
  });

  it('reads an hour as its number where the source says no time ("at 9" → "9点")', () => {
    expect(check('Call me at 9.', '9点给我打电话。', zh)).toEqual([]);
    expect(check('The 3 points below are important.', '以下3点很重要。', zh)).toEqual([]);
    expect(flagged(check('Call me at 9.', 'Ruf mich um 10 Uhr an.', { targetLang: 'de' }), 'numbers.changed')).toEqual(['10']);
  });
});

describe('Chinese units, counters and currencies', () => {
  it('reads a unit of one character glued to its figure, and a spelled number before it', () => {
    expect(flagged(check('Return the bike within 24 hours.', '请在24天内归还自行车。', zh), 'numbers.changed')).toEqual(['24天']);
    expect(flagged(check('Results are published within four weeks.', '成绩在四天内公布。', zh), 'numbers.changed')).toEqual(['四天']);
    expect(flagged(check('It weighs 5 kg.', '重5克。', zh), 'numbers.changed')).toEqual(['5克']);
    expect(check('Results are published within four weeks.', '成绩将在四周内公布。', zh)).toEqual([]);
    // a year is a date's, not a unit changed
    expect(check('The centre was renovated in 2024.', '中心于2024年进行了翻新。', zh)).toEqual([]);
  });

  it('reads "两", the two said before a counter', () => {
    expect(spelledNumbersIn('两个车位', 'zh').map((hit) => hit.value)).toEqual([2]);
    expect(flagged(check('Four spaces are reserved.', '预留了两个车位。', zh), 'numbers.changed')).toEqual(['两']);
    expect(check('Two spaces are reserved.', '预留了两个车位。', zh)).toEqual([]);
  });

  it('reads a currency named after the amount, through CLDR’s Chinese and Japanese names', () => {
    expect(currencyAround('收费2欧元。', 2, 3)?.codes).toEqual(['EUR']);
    expect(currencyAround('费用为25美元', 3, 5)?.codes).toEqual(['USD']);
    expect(currencyAround('3000円です', 0, 4)?.codes).toEqual(['JPY']);
    expect(flagged(check('Each additional 30 minutes costs $2.', '每增加30分钟收费2欧元。', zh), 'numbers.changed')).toEqual(['2欧元']);
    expect(check('Each additional 30 minutes costs $2.', '每增加30分钟收费2美元。', zh)).toEqual([]);
    // "元" may be any dollar of Hong Kong or Taiwan, and the yuan
    expect(check('Hot meals cost ¥25.', '热餐每份25元。', zh)).toEqual([]);
  });

  it('reads a rate said with "每", and a colour with "色"', () => {
    expect(rules(check('Parking costs $15 per night.', '停车费用为每周15美元。', zh))).toEqual(['frequency.changed 每周']);
    expect(check('Parking costs $15 per night.', '停车费为每晚15美元。', zh)).toEqual([]);
    expect(check('Stations are cleared every night.', '每天晚上都会清理车站。', zh)).toEqual([]);
    expect(rules(check('Use the green bin.', '使用蓝色垃圾桶。', zh))).toEqual(['colour.changed 蓝色']);
  });
});

describe('Chinese dates and discounts', () => {
  it('reads a month by its number and a weekday short or long, against the words around them', () => {
    expect(check('From 1 July, trains run every 10 minutes.', '自7月1日起，列车每10分钟一班。', zh)).toEqual([]);
    expect(check('During works on Sundays in August, buses replace trains.', '8月周日施工期间，由公交车代替列车。', zh)).toEqual([]);
    expect(check('From 1 July, trains run every 10 minutes.', '从8月1日起，列车每10分钟运行一次。', zh)).toEqual([
      expect.objectContaining({ rule: 'numbers.changed', text: '8月', suggestion: '7月' }),
    ]);
    expect(
      flagged(
        check('During works on Sundays in August, buses replace trains.', '在8月星期六的工程期间，由公共汽车代替火车。', zh),
        'numbers.changed',
      ),
    ).toEqual(['星期六']);
    // seven months are no month
    expect(check('It takes 3 months.', '需要3个月。', zh)).toEqual([]);
  });

  it('reads a discount said by the tenths paid ("五折" is 50% off)', () => {
    expect(check('Passengers over 65 receive a 50% discount.', '65岁以上乘客可享受五折优惠。', zh)).toEqual([]);
    expect(check('Members receive a 25% discount.', '会员可享受七五折优惠。', zh)).toEqual([]);
    expect(flagged(check('Members receive a 20% discount.', '会员可享受五折优惠。', zh), 'numbers.missing')).toHaveLength(1);
  });
});

describe('Chinese limits, bounds and opposites', () => {
  it('reads a bound said after its figure, and "未满", under', () => {
    expect(check('Children under 12 must be accompanied by an adult.', '12岁以下儿童须由成人陪同。', zh)).toEqual([]);
    expect(check('Riders under 18 need the consent of a parent.', '未满18岁的骑行者需征得父母同意。', zh)).toEqual([]);
    expect(check('You must be at least 16 years old to register.', '您必须年满16岁才能注册。', zh)).toEqual([]);
    expect(rules(check('Children under 12 must be accompanied by an adult.', '12岁以上的儿童必须由成人陪同。', zh))).toEqual([
      'direction.inverted 以上',
    ]);
    // "以下" before a list is "the following", no bound
    expect(check('The following rules apply to everyone.', '以下规定适用于所有人。', zh)).toEqual([]);
  });

  it('finds the everyday opposites in a text without spaces, and accepts them kept', () => {
    expect(rules(check('Mobile phones must be switched off.', '手机必须开机。', zh))).toEqual(['direction.inverted 开机']);
    expect(rules(check('Wi-Fi is free in all rooms.', '所有房间的Wi-Fi均收费。', zh))).toEqual(['direction.inverted 收费']);
    expect(rules(check('These rules apply to all written examinations.', '这些规则适用于所有口试。', zh))).toEqual([
      'direction.inverted 口试',
    ]);
    expect(rules(check('Take the tablets after a meal.', '饭前服用。', zh))).toEqual(['direction.inverted 饭前']);
    expect(rules(check('Stop taking the tablets at once.', '请立即继续服用。', zh))).toEqual(['direction.inverted 继续']);
    expect(rules(check('Keep out of the sight and reach of children.', '请放在儿童看得到、够得着的地方。', zh))).toEqual([
      'direction.inverted 看得到',
    ]);
    expect(rules(check('Tickets must be bought before boarding.', '车票必须在上车后购买。', zh))).toEqual(['direction.inverted 上车后']);
    expect(rules(check('Store the luggage at the end of each carriage.', '将行李存放在每节车厢开头。', zh))).toEqual([
      'direction.inverted 开头',
    ]);
    expect(rules(check('Store below 25 °C.', '请在25°C以上保存。', zh))).toEqual(['direction.inverted 以上']);
    expect(check('Store below 25 °C.', '请在25°C以下保存。', zh)).toEqual([]);
    expect(check('Keep out of the sight and reach of children.', '请放在儿童看不到、够不着的地方。', zh)).toEqual([]);
    expect(check('Parking is free; charging costs $5 per hour.', '停车免费；充电每小时收费5美元。', zh)).toEqual([]);
    expect(check('Upload your photo, then download the form.', '先上传照片，然后下载表格。', zh)).toEqual([]);
  });
});

describe('Chinese negations', () => {
  it('places a lost negation on the opposite the translation says, else on its clause', () => {
    expect(flagged(check('Smoking is not allowed in rooms.', '房间内允许吸烟。', zh), 'polarity.dropped')).toEqual(['允许']);
    expect(flagged(check('Only non-programmable calculators may be used.', '只能使用可编程计算器。', zh), 'polarity.dropped')).toEqual([
      '只能使用可编程计算器',
    ]);
  });

  it('reads "没有…，" as "without", which leaves the "not" after it to be lost', () => {
    expect(
      flagged(check('Without it you will not be allowed to sit the exam.', '没有它，您将被允许参加考试。', zh), 'polarity.dropped'),
    ).toEqual(['允许']);
    expect(check('Without it you will not be allowed to sit the exam.', '没有学生证将不允许参加考试。', zh)).toEqual([]);
  });

  it('reads "未…的" as "un-", a state, not a negation lost or added', () => {
    expect(check('Riders with unused credit get a refund.', '有未使用的余额的骑行者可获得退款。', zh)).toEqual([]);
    expect(flagged(check('Refunds are not given for unused months.', '未使用的月份将予以退款。', zh), 'polarity.dropped')).toHaveLength(1);
    expect(check('Refunds are not given for unused months.', '未使用月份的费用不予退还。', zh)).toEqual([]);
  });

  it('reports one of two negations lost, in the clause that lost it', () => {
    expect(
      flagged(
        check('Never carry a passenger, and do not use headphones while riding.', '始终搭载乘客，骑行时不要使用耳机。', zh),
        'polarity.dropped',
      ),
    ).toEqual(['始终搭载乘客']);
    expect(check('Never carry a passenger, and do not use headphones while riding.', '切勿搭载乘客，骑行时请勿使用耳机。', zh)).toEqual([]);
  });

  it('lets a soft cue of the translation render a negative word of the source ("unattended" → "无人看管")', () => {
    expect(check('The hotel is not responsible for items left unattended.', '酒店对无人看管的物品不负责任。', zh)).toEqual([]);
  });
});

describe('literals and phone numbers against Chinese characters', () => {
  it('reads an address and a phone number glued to the words around them', () => {
    expect(check('Write to help@example.com today.', '请发送电子邮件至help@example.com联系我们。', zh)).toEqual([]);
    expect(phonesIn('请致电0800 123 456。').map((phone) => phone.text)).toEqual(['0800 123 456']);
    expect(flagged(check('Call 0800 123 456 today.', '请致电0800 123 465。', zh), 'numbers.changed')).toEqual(['0800 123 465']);
    // glued to a Latin letter it is a code, as before
    expect(phonesIn('Model H800 123 456')).toHaveLength(0);
  });

  it('reads a month written with its figure ("3月") as the date, not a number of its own, where the other text names that month', () => {
    const back = (source: string, target: string) =>
      rules(check(source, target, { sourceLang: 'zh', targetLang: 'en' })).filter((rule) => rule.startsWith('numbers.'));
    expect(back('门票将于3月12日开售。', 'Tickets go on sale on 12 March.')).toEqual([]);
    expect(back('门票将于4月12日开售。', 'Tickets go on sale on 12 March.')).toContain('numbers.changed March');
    expect(rules(check('Tickets go on sale on 12 March.', '门票将于3月13日开售。', zh))).toEqual(['numbers.changed 13']);
  });

  it('reads an age in years ("三岁", "5周岁") as a count of years', () => {
    expect(rules(check('Children must be three years old to enrol.', '儿童须年满五岁方可入园。', zh))).toEqual(['numbers.changed 五岁']);
    expect(rules(check('Children must be three years old to enrol.', '儿童须年满三岁方可入园。', zh))).toEqual([]);
    expect(rules(check('Children must be 3 years old to enrol.', '儿童须年满3周岁方可入园。', zh))).toEqual([]);
    expect(rules(check('Children must be 3 years old to enrol.', '儿童须年满5周岁方可入园。', zh))).toEqual(['numbers.changed 5']);
  });

  it('reads "不好" (bad) and "不错" (good) as words of their own, which may render a negation or none', () => {
    expect(rules(check('Visits stop in bad weather.', '天气不好时暂停参观。', zh))).toEqual([]);
    expect(rules(check('The food is not bad.', '饭菜不错。', zh))).toEqual([]);
    expect(rules(check('The service is good.', '服务不错。', zh))).toEqual([]);
    expect(rules(check('The weather is not good today.', '今天天气不好。', zh))).toEqual([]);
    // a negation the translation adds to another word is still one
    expect(rules(check('The weather is good today.', '今天天气不热。', zh))).toEqual(['polarity.added 不']);
  });

  it('reads no count in a word whose numeral names something else (weekdays, "二维码", "十分", "三明治")', () => {
    const counts = (text: string) => spelledNumbersIn(text, 'zh').map((n) => n.text);
    expect(counts('星期三和周五开放。')).toEqual([]);
    expect(counts('每周三开放，每周三次。')).toEqual(['三']);
    expect(counts('这家店十分安静，有三明治和二手书。')).toEqual([]);
    expect(counts('请输入四位取件码或扫描二维码。')).toEqual(['四']);
    // the QR code's "二" no longer stands beside the count the translation changed
    expect(rules(check('Enter the six-digit code or scan the QR code.', '请输入四位取件码或扫描二维码。', zh))).toEqual([
      'numbers.changed 四',
    ]);
    expect(rules(check('Enter the six-digit code or scan the QR code.', '请输入六位取件码或扫描二维码。', zh))).toEqual([]);
  });

  it('reads the "一" of an ordinal as no count ("第一个月" is the first month)', () => {
    expect(spelledNumbersIn('第一个月每周浇水两次。', 'zh').map((n) => n.text)).toEqual(['两']);
    expect(rules(check('Water twice a week during the first month.', '第一个月每周浇水两次。', zh))).toEqual([]);
  });

  it('reads a rate per minute against one per hour ("每分钟", "每小时"), in Indonesian too', () => {
    expect(rules(check('After that, an idle fee of 1 yuan per minute applies.', '此后，每小时收取1元占位费。', zh))).toEqual([
      'frequency.changed 每小时',
    ]);
    expect(rules(check('After that, an idle fee of 1 yuan per minute applies.', '此后，每分钟收取1元占位费。', zh))).toEqual([]);
    expect(rules(check('The fee is 1 yuan per minute.', 'Biayanya 1 yuan per jam.'))).toEqual(['frequency.changed per jam']);
  });

  it('reads "每天早上" (every morning) as a time of day, no period, and "每天晚上" as every evening', () => {
    expect(rules(check('The locker is emptied every evening at 9 p.m.', '快递柜每天晚上9点清空。', zh))).toEqual([]);
    // (the hour changed is the finding; "every day" is no other period)
    expect(rules(check('The locker is emptied every evening at 9 p.m.', '快递柜每天早上9点清空。', zh))).toEqual([
      'numbers.changed 早上9点',
    ]);
    expect(rules(check('The locker is emptied every evening at 9 p.m.', '快递柜每周晚上9点清空。', zh))).toEqual([
      'frequency.changed 每周',
    ]);
  });

  it('reads left and right ("左侧", "右转") as sides, never "左右" (about)', () => {
    expect(rules(check('Fast chargers are on the left, slow chargers on the right.', '快充桩在右侧，慢充桩在左侧。', zh))).toEqual([
      'direction.inverted 右侧',
      'direction.inverted 左侧',
    ]);
    expect(rules(check('Fast chargers are on the left, slow chargers on the right.', '快充桩在左侧，慢充桩在右侧。', zh))).toEqual([]);
    expect(rules(check('Turn left after the bridge.', '过桥后右转。', zh))).toEqual(['direction.inverted 右转']);
    expect(rules(check('The walk takes about ten minutes on the right path.', '沿着右边的小路步行10分钟左右。', zh))).toEqual([]);
  });

  it('finds the negation of a main clause lost where a soft cue ("未…的") says the one of its relative clause', () => {
    const source = 'Vehicles that are not charging must not park in these bays.';
    expect(rules(check(source, '未充电的车辆可以停在这些车位。', zh))).toEqual(['polarity.dropped 可以停在这些车位']);
    expect(rules(check(source, '未充电的车辆不得停在这些车位。', zh))).toEqual([]);
    // a "not … without" said as one "only with" is no loss
    expect(rules(check('The tenant may not sublet the flat without consent.', '租户只有在获得同意后才能转租。', zh))).toEqual([]);
  });

  it('reads a minus sign after a Chinese character as a minus, no hyphen of a name ("在-20 °C")', () => {
    const source = 'The lock works at temperatures from -20 °C to 60 °C.';
    expect(rules(check(source, '门锁可在-20 °C至60 °C的温度下工作。', zh))).toEqual([]);
    expect(rules(check(source, '门锁可在20 °C至60 °C的温度下工作。', zh))).toEqual(['numbers.changed 20']);
    // and the other way round, an English "from -20" is no broken hyphen
    expect(rules(check('门锁可在-20 °C至60 °C的温度下工作。', source, { sourceLang: 'zh', targetLang: 'en' }))).toEqual([]);
  });
});
