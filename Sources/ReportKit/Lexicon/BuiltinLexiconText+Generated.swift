// Generated from Lexicons/*.txt by `UPDATE_LEXICONS=1 swift test --filter LexiconFilesTests`.
// Do not edit: edit the .txt files and regenerate.

enum BuiltinLexiconText {
  static let files: [(name: String, text: String)] = [
    (
      "admin-divisions",
      #"""
      # admin-divisions.txt: China's administrative divisions, used to check the reporting unit a
      # report names (title, subtitle 在…人民代表大会, speaker line, 我代表…).
      # Columns (TAB separated): name<TAB>level<TAB>parent[<TAB>short<TAB>abbr]
      #   name    the full standard name (四川省, 广西壮族自治区, 成都市, 甘孜藏族自治州, 大兴安岭地区)
      #   level   province   = 省、自治区、直辖市、特别行政区 (all 34);
      #           prefecture = 地级市、地区、自治州、盟 (all 333 of the mainland's prefecture level, 2024);
      #           county     = only the county-level units that report to a province directly
      #                        (省直辖县级市/县, 神农架林区) and the districts and counties of
      #                        北京、天津、上海、重庆.
      #   parent  the province a prefecture or county belongs to (- for a province)
      #   short   provinces only: the usual short form written in titles and speeches (四川, 广西, 内蒙古)
      #   abbr    provinces only: the one-character 简称 (川, 桂, 蒙)
      # Other county-level units (about 2,800) and towns (about 38,000) are not listed: too many to
      # write down correctly here. A unit at those levels is accepted by the form of its name (ends in
      # 县、区、市、旗、镇、乡 or 街道), and a listed province or prefecture it begins with must be one here.
      # Names of prefectures repeat a province's only where the state does (吉林市 in 吉林省; 海南藏族自治州
      # in 青海省): the level column tells them apart.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      七台河市	prefecture	黑龙江省
      万宁市	county	海南省
      三亚市	prefecture	海南省
      三明市	prefecture	福建省
      三沙市	prefecture	海南省
      三门峡市	prefecture	河南省
      上海市	province	-	上海	沪
      上饶市	prefecture	江西省
      东丽区	county	天津市
      东城区	county	北京市
      东方市	county	海南省
      东莞市	prefecture	广东省
      东营市	prefecture	山东省
      中卫市	prefecture	宁夏回族自治区
      中山市	prefecture	广东省
      丰台区	county	北京市
      丰都县	county	重庆市
      临夏回族自治州	prefecture	甘肃省
      临汾市	prefecture	山西省
      临沂市	prefecture	山东省
      临沧市	prefecture	云南省
      临高县	county	海南省
      丹东市	prefecture	辽宁省
      丽水市	prefecture	浙江省
      丽江市	prefecture	云南省
      乌兰察布市	prefecture	内蒙古自治区
      乌海市	prefecture	内蒙古自治区
      乌鲁木齐市	prefecture	新疆维吾尔自治区
      乐东黎族自治县	county	海南省
      乐山市	prefecture	四川省
      九江市	prefecture	江西省
      九龙坡区	county	重庆市
      云南省	province	-	云南	滇
      云浮市	prefecture	广东省
      云阳县	county	重庆市
      五指山市	county	海南省
      亳州市	prefecture	安徽省
      仙桃市	county	湖北省
      伊春市	prefecture	黑龙江省
      伊犁哈萨克自治州	prefecture	新疆维吾尔自治区
      佛山市	prefecture	广东省
      佳木斯市	prefecture	黑龙江省
      保亭黎族苗族自治县	county	海南省
      保定市	prefecture	河北省
      保山市	prefecture	云南省
      信阳市	prefecture	河南省
      儋州市	prefecture	海南省
      克孜勒苏柯尔克孜自治州	prefecture	新疆维吾尔自治区
      克拉玛依市	prefecture	新疆维吾尔自治区
      六安市	prefecture	安徽省
      六盘水市	prefecture	贵州省
      兰州市	prefecture	甘肃省
      兴安盟	prefecture	内蒙古自治区
      内江市	prefecture	四川省
      内蒙古自治区	province	-	内蒙古	蒙
      凉山彝族自治州	prefecture	四川省
      包头市	prefecture	内蒙古自治区
      北京市	province	-	北京	京
      北海市	prefecture	广西壮族自治区
      北碚区	county	重庆市
      北辰区	county	天津市
      十堰市	prefecture	湖北省
      南京市	prefecture	江苏省
      南充市	prefecture	四川省
      南宁市	prefecture	广西壮族自治区
      南岸区	county	重庆市
      南川区	county	重庆市
      南平市	prefecture	福建省
      南开区	county	天津市
      南昌市	prefecture	江西省
      南通市	prefecture	江苏省
      南阳市	prefecture	河南省
      博尔塔拉蒙古自治州	prefecture	新疆维吾尔自治区
      厦门市	prefecture	福建省
      双鸭山市	prefecture	黑龙江省
      台州市	prefecture	浙江省
      台湾省	province	-	台湾	台
      合川区	county	重庆市
      合肥市	prefecture	安徽省
      吉安市	prefecture	江西省
      吉林市	prefecture	吉林省
      吉林省	province	-	吉林	吉
      吐鲁番市	prefecture	新疆维吾尔自治区
      吕梁市	prefecture	山西省
      吴忠市	prefecture	宁夏回族自治区
      周口市	prefecture	河南省
      呼伦贝尔市	prefecture	内蒙古自治区
      呼和浩特市	prefecture	内蒙古自治区
      和平区	county	天津市
      和田地区	prefecture	新疆维吾尔自治区
      咸宁市	prefecture	湖北省
      咸阳市	prefecture	陕西省
      哈密市	prefecture	新疆维吾尔自治区
      哈尔滨市	prefecture	黑龙江省
      唐山市	prefecture	河北省
      商丘市	prefecture	河南省
      商洛市	prefecture	陕西省
      喀什地区	prefecture	新疆维吾尔自治区
      嘉兴市	prefecture	浙江省
      嘉定区	county	上海市
      嘉峪关市	prefecture	甘肃省
      四川省	province	-	四川	川
      四平市	prefecture	吉林省
      固原市	prefecture	宁夏回族自治区
      垫江县	county	重庆市
      城口县	county	重庆市
      塔城地区	prefecture	新疆维吾尔自治区
      大兴区	county	北京市
      大兴安岭地区	prefecture	黑龙江省
      大同市	prefecture	山西省
      大庆市	prefecture	黑龙江省
      大渡口区	county	重庆市
      大理白族自治州	prefecture	云南省
      大足区	county	重庆市
      大连市	prefecture	辽宁省
      天水市	prefecture	甘肃省
      天津市	province	-	天津	津
      天门市	county	湖北省
      太原市	prefecture	山西省
      奉节县	county	重庆市
      奉贤区	county	上海市
      威海市	prefecture	山东省
      娄底市	prefecture	湖南省
      孝感市	prefecture	湖北省
      宁夏回族自治区	province	-	宁夏	宁
      宁德市	prefecture	福建省
      宁河区	county	天津市
      宁波市	prefecture	浙江省
      安庆市	prefecture	安徽省
      安康市	prefecture	陕西省
      安徽省	province	-	安徽	皖
      安阳市	prefecture	河南省
      安顺市	prefecture	贵州省
      定安县	county	海南省
      定西市	prefecture	甘肃省
      宜宾市	prefecture	四川省
      宜昌市	prefecture	湖北省
      宜春市	prefecture	江西省
      宝坻区	county	天津市
      宝山区	county	上海市
      宝鸡市	prefecture	陕西省
      宣城市	prefecture	安徽省
      宿州市	prefecture	安徽省
      宿迁市	prefecture	江苏省
      密云区	county	北京市
      屯昌县	county	海南省
      山东省	province	-	山东	鲁
      山南市	prefecture	西藏自治区
      山西省	province	-	山西	晋
      岳阳市	prefecture	湖南省
      崇左市	prefecture	广西壮族自治区
      崇明区	county	上海市
      巫山县	county	重庆市
      巫溪县	county	重庆市
      巴中市	prefecture	四川省
      巴南区	county	重庆市
      巴彦淖尔市	prefecture	内蒙古自治区
      巴音郭楞蒙古自治州	prefecture	新疆维吾尔自治区
      常州市	prefecture	江苏省
      常德市	prefecture	湖南省
      平凉市	prefecture	甘肃省
      平谷区	county	北京市
      平顶山市	prefecture	河南省
      广东省	province	-	广东	粤
      广元市	prefecture	四川省
      广安市	prefecture	四川省
      广州市	prefecture	广东省
      广西壮族自治区	province	-	广西	桂
      庆阳市	prefecture	甘肃省
      廊坊市	prefecture	河北省
      延安市	prefecture	陕西省
      延庆区	county	北京市
      延边朝鲜族自治州	prefecture	吉林省
      开封市	prefecture	河南省
      开州区	county	重庆市
      张家口市	prefecture	河北省
      张家界市	prefecture	湖南省
      张掖市	prefecture	甘肃省
      彭水苗族土家族自治县	county	重庆市
      徐州市	prefecture	江苏省
      徐汇区	county	上海市
      德宏傣族景颇族自治州	prefecture	云南省
      德州市	prefecture	山东省
      德阳市	prefecture	四川省
      忠县	county	重庆市
      忻州市	prefecture	山西省
      怀化市	prefecture	湖南省
      怀柔区	county	北京市
      怒江傈僳族自治州	prefecture	云南省
      恩施土家族苗族自治州	prefecture	湖北省
      惠州市	prefecture	广东省
      成都市	prefecture	四川省
      房山区	county	北京市
      扬州市	prefecture	江苏省
      承德市	prefecture	河北省
      抚州市	prefecture	江西省
      抚顺市	prefecture	辽宁省
      拉萨市	prefecture	西藏自治区
      揭阳市	prefecture	广东省
      攀枝花市	prefecture	四川省
      文山壮族苗族自治州	prefecture	云南省
      文昌市	county	海南省
      新乡市	prefecture	河南省
      新余市	prefecture	江西省
      新疆维吾尔自治区	province	-	新疆	新
      无锡市	prefecture	江苏省
      日喀则市	prefecture	西藏自治区
      日照市	prefecture	山东省
      昆明市	prefecture	云南省
      昌吉回族自治州	prefecture	新疆维吾尔自治区
      昌平区	county	北京市
      昌江黎族自治县	county	海南省
      昌都市	prefecture	西藏自治区
      昭通市	prefecture	云南省
      晋中市	prefecture	山西省
      晋城市	prefecture	山西省
      普洱市	prefecture	云南省
      普陀区	county	上海市
      景德镇市	prefecture	江西省
      曲靖市	prefecture	云南省
      朔州市	prefecture	山西省
      朝阳区	county	北京市
      朝阳市	prefecture	辽宁省
      本溪市	prefecture	辽宁省
      来宾市	prefecture	广西壮族自治区
      杨浦区	county	上海市
      杭州市	prefecture	浙江省
      松原市	prefecture	吉林省
      松江区	county	上海市
      林芝市	prefecture	西藏自治区
      果洛藏族自治州	prefecture	青海省
      枣庄市	prefecture	山东省
      柳州市	prefecture	广西壮族自治区
      株洲市	prefecture	湖南省
      桂林市	prefecture	广西壮族自治区
      梁平区	county	重庆市
      梅州市	prefecture	广东省
      梧州市	prefecture	广西壮族自治区
      楚雄彝族自治州	prefecture	云南省
      榆林市	prefecture	陕西省
      武威市	prefecture	甘肃省
      武汉市	prefecture	湖北省
      武清区	county	天津市
      武隆区	county	重庆市
      毕节市	prefecture	贵州省
      永川区	county	重庆市
      永州市	prefecture	湖南省
      汉中市	prefecture	陕西省
      汕头市	prefecture	广东省
      汕尾市	prefecture	广东省
      江北区	county	重庆市
      江津区	county	重庆市
      江苏省	province	-	江苏	苏
      江西省	province	-	江西	赣
      江门市	prefecture	广东省
      池州市	prefecture	安徽省
      沈阳市	prefecture	辽宁省
      沙坪坝区	county	重庆市
      沧州市	prefecture	河北省
      河东区	county	天津市
      河北区	county	天津市
      河北省	province	-	河北	冀
      河南省	province	-	河南	豫
      河池市	prefecture	广西壮族自治区
      河源市	prefecture	广东省
      河西区	county	天津市
      泉州市	prefecture	福建省
      泰安市	prefecture	山东省
      泰州市	prefecture	江苏省
      泸州市	prefecture	四川省
      洛阳市	prefecture	河南省
      津南区	county	天津市
      济南市	prefecture	山东省
      济宁市	prefecture	山东省
      济源市	county	河南省
      浙江省	province	-	浙江	浙
      浦东新区	county	上海市
      海东市	prefecture	青海省
      海北藏族自治州	prefecture	青海省
      海南省	province	-	海南	琼
      海南藏族自治州	prefecture	青海省
      海口市	prefecture	海南省
      海淀区	county	北京市
      海西蒙古族藏族自治州	prefecture	青海省
      淄博市	prefecture	山东省
      淮北市	prefecture	安徽省
      淮南市	prefecture	安徽省
      淮安市	prefecture	江苏省
      深圳市	prefecture	广东省
      清远市	prefecture	广东省
      渝中区	county	重庆市
      渝北区	county	重庆市
      温州市	prefecture	浙江省
      渭南市	prefecture	陕西省
      湖北省	province	-	湖北	鄂
      湖南省	province	-	湖南	湘
      湖州市	prefecture	浙江省
      湘潭市	prefecture	湖南省
      湘西土家族苗族自治州	prefecture	湖南省
      湛江市	prefecture	广东省
      滁州市	prefecture	安徽省
      滨州市	prefecture	山东省
      滨海新区	county	天津市
      漯河市	prefecture	河南省
      漳州市	prefecture	福建省
      潍坊市	prefecture	山东省
      潜江市	county	湖北省
      潮州市	prefecture	广东省
      潼南区	county	重庆市
      澄迈县	county	海南省
      澳门特别行政区	province	-	澳门	澳
      濮阳市	prefecture	河南省
      烟台市	prefecture	山东省
      焦作市	prefecture	河南省
      牡丹江市	prefecture	黑龙江省
      玉林市	prefecture	广西壮族自治区
      玉树藏族自治州	prefecture	青海省
      玉溪市	prefecture	云南省
      珠海市	prefecture	广东省
      琼中黎族苗族自治县	county	海南省
      琼海市	county	海南省
      璧山区	county	重庆市
      甘南藏族自治州	prefecture	甘肃省
      甘孜藏族自治州	prefecture	四川省
      甘肃省	province	-	甘肃	甘
      白城市	prefecture	吉林省
      白山市	prefecture	吉林省
      白沙黎族自治县	county	海南省
      白银市	prefecture	甘肃省
      百色市	prefecture	广西壮族自治区
      益阳市	prefecture	湖南省
      盐城市	prefecture	江苏省
      盘锦市	prefecture	辽宁省
      眉山市	prefecture	四川省
      石嘴山市	prefecture	宁夏回族自治区
      石家庄市	prefecture	河北省
      石景山区	county	北京市
      石柱土家族自治县	county	重庆市
      神农架林区	county	湖北省
      福州市	prefecture	福建省
      福建省	province	-	福建	闽
      秀山土家族苗族自治县	county	重庆市
      秦皇岛市	prefecture	河北省
      綦江区	county	重庆市
      红桥区	county	天津市
      红河哈尼族彝族自治州	prefecture	云南省
      绍兴市	prefecture	浙江省
      绥化市	prefecture	黑龙江省
      绵阳市	prefecture	四川省
      聊城市	prefecture	山东省
      肇庆市	prefecture	广东省
      自贡市	prefecture	四川省
      舟山市	prefecture	浙江省
      芜湖市	prefecture	安徽省
      苏州市	prefecture	江苏省
      茂名市	prefecture	广东省
      荆州市	prefecture	湖北省
      荆门市	prefecture	湖北省
      荣昌区	county	重庆市
      莆田市	prefecture	福建省
      菏泽市	prefecture	山东省
      萍乡市	prefecture	江西省
      营口市	prefecture	辽宁省
      葫芦岛市	prefecture	辽宁省
      蓟州区	county	天津市
      虹口区	county	上海市
      蚌埠市	prefecture	安徽省
      衡水市	prefecture	河北省
      衡阳市	prefecture	湖南省
      衢州市	prefecture	浙江省
      襄阳市	prefecture	湖北省
      西双版纳傣族自治州	prefecture	云南省
      西城区	county	北京市
      西宁市	prefecture	青海省
      西安市	prefecture	陕西省
      西藏自治区	province	-	西藏	藏
      西青区	county	天津市
      许昌市	prefecture	河南省
      贵州省	province	-	贵州	黔
      贵港市	prefecture	广西壮族自治区
      贵阳市	prefecture	贵州省
      贺州市	prefecture	广西壮族自治区
      资阳市	prefecture	四川省
      赣州市	prefecture	江西省
      赤峰市	prefecture	内蒙古自治区
      辽宁省	province	-	辽宁	辽
      辽源市	prefecture	吉林省
      辽阳市	prefecture	辽宁省
      达州市	prefecture	四川省
      运城市	prefecture	山西省
      连云港市	prefecture	江苏省
      迪庆藏族自治州	prefecture	云南省
      通化市	prefecture	吉林省
      通州区	county	北京市
      通辽市	prefecture	内蒙古自治区
      遂宁市	prefecture	四川省
      遵义市	prefecture	贵州省
      邢台市	prefecture	河北省
      那曲市	prefecture	西藏自治区
      邯郸市	prefecture	河北省
      邵阳市	prefecture	湖南省
      郑州市	prefecture	河南省
      郴州市	prefecture	湖南省
      鄂尔多斯市	prefecture	内蒙古自治区
      鄂州市	prefecture	湖北省
      酉阳土家族苗族自治县	county	重庆市
      酒泉市	prefecture	甘肃省
      重庆市	province	-	重庆	渝
      金华市	prefecture	浙江省
      金山区	county	上海市
      金昌市	prefecture	甘肃省
      钦州市	prefecture	广西壮族自治区
      铁岭市	prefecture	辽宁省
      铜仁市	prefecture	贵州省
      铜川市	prefecture	陕西省
      铜梁区	county	重庆市
      铜陵市	prefecture	安徽省
      银川市	prefecture	宁夏回族自治区
      锡林郭勒盟	prefecture	内蒙古自治区
      锦州市	prefecture	辽宁省
      镇江市	prefecture	江苏省
      长宁区	county	上海市
      长寿区	county	重庆市
      长春市	prefecture	吉林省
      长沙市	prefecture	湖南省
      长治市	prefecture	山西省
      门头沟区	county	北京市
      闵行区	county	上海市
      阜新市	prefecture	辽宁省
      阜阳市	prefecture	安徽省
      防城港市	prefecture	广西壮族自治区
      阳江市	prefecture	广东省
      阳泉市	prefecture	山西省
      阿克苏地区	prefecture	新疆维吾尔自治区
      阿勒泰地区	prefecture	新疆维吾尔自治区
      阿坝藏族羌族自治州	prefecture	四川省
      阿拉善盟	prefecture	内蒙古自治区
      阿里地区	prefecture	西藏自治区
      陇南市	prefecture	甘肃省
      陕西省	province	-	陕西	陕
      陵水黎族自治县	county	海南省
      随州市	prefecture	湖北省
      雅安市	prefecture	四川省
      青岛市	prefecture	山东省
      青浦区	county	上海市
      青海省	province	-	青海	青
      静安区	county	上海市
      静海区	county	天津市
      鞍山市	prefecture	辽宁省
      韶关市	prefecture	广东省
      顺义区	county	北京市
      香港特别行政区	province	-	香港	港
      马鞍山市	prefecture	安徽省
      驻马店市	prefecture	河南省
      鸡西市	prefecture	黑龙江省
      鹤壁市	prefecture	河南省
      鹤岗市	prefecture	黑龙江省
      鹰潭市	prefecture	江西省
      黄冈市	prefecture	湖北省
      黄南藏族自治州	prefecture	青海省
      黄山市	prefecture	安徽省
      黄浦区	county	上海市
      黄石市	prefecture	湖北省
      黑河市	prefecture	黑龙江省
      黑龙江省	province	-	黑龙江	黑
      黔东南苗族侗族自治州	prefecture	贵州省
      黔南布依族苗族自治州	prefecture	贵州省
      黔江区	county	重庆市
      黔西南布依族苗族自治州	prefecture	贵州省
      齐齐哈尔市	prefecture	黑龙江省
      龙岩市	prefecture	福建省
      """#
    ),
    (
      "admission-aims",
      #"""
      # admission-aims.txt: words naming a target in a review sentence (目标, 任务, 预算, 要求). Read by the
      # year comparison: a target given no figure in the next review is judged by a review sentence
      # holding one of these, a clause of which names the target's metric and says it was met or not
      # (outcome-words.txt). The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      任务
      目标
      要求
      预算
      """#
    ),
    (
      "aim-words",
      #"""
      # aim-words.txt: words right before a planned figure that say which way it binds: floor
      # (a least to reach: 不少于, 达到, 增加到 …) or ceiling (a cap: 控制在, 不超过, 降至 …).
      # Read by the year comparison (MeasurableCommitments): a plan sentence's figure after
      # one is set against the review's figure of its subject, and the aim is left out when
      # the subject's words are compared. (metric-directions.txt, of the same two columns,
      # says which way a named metric binds; commitment-markers.txt, which words make a plan
      # sentence commit; neither says how a single figure is aimed.)
      # Two columns: floor or ceiling, a tab, the word.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      ceiling	≤
      ceiling	不超过
      ceiling	不高于
      ceiling	减少到
      ceiling	压减到
      ceiling	控制在
      ceiling	降低到
      ceiling	降至
      floor	≥
      floor	不低于
      floor	不少于
      floor	保持在
      floor	充实到
      floor	增加到
      floor	扩充到
      floor	扩大到
      floor	提升到
      floor	提高到
      floor	稳定在
      floor	达到
      """#
    ),
    (
      "all-words",
      #"""
      # all-words.txt: words saying a thing holds of every one (全部, 均, 一律). Read by the comparison of
      # measurable commitments: a planned rate (持证率) with no figure in the next review is read as 100%
      # from a review clause where one of these, as a word of its own, stands before the rate's verb
      # (执法人员全部持证上岗). The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一律
      全部
      全都
      均
      都
      """#
    ),
    (
      "approximation-words",
      #"""
      # approximation-words.txt: words right before a figure that qualify it (不少于, 约, 超过, 近).
      # Read by QuantityExtractor: the word becomes the figure's approximation; of two words that
      # both end before the figure the longer one is taken (不超过 before 超过), so the order of
      # this file does not matter. Three one-character words are read only in a narrow place, a
      # rule of the scan kept in code: 超 right before the numeral (超千亿元), and 上, 数, 过 only
      # before a scale word standing alone (上千家, 数百家, 过万).
      # Two columns: the approximation, a tab, the word. The approximation is one of
      #   about (约), more_than (超过), at_least (不少于), less_than (不到), at_most (不超过),
      #   nearly (近): the names of `approximation` in the JSON output.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      about	大约
      about	约
      at_least	不低于
      at_least	不少于
      at_least	站上
      at_least	跃上
      at_least	跨上
      at_least	迈上
      at_most	不超过
      less_than	不到
      less_than	不足
      less_than	低于
      more_than	上
      more_than	数
      more_than	突破
      more_than	超
      more_than	超过
      more_than	过
      more_than	逾
      more_than	逾越
      more_than	高于
      nearly	将近
      nearly	接近
      nearly	近
      """#
    ),
    (
      "average-changes",
      #"""
      # average-changes.txt: changes that make 年均 right before them a yearly average over a plan
      # period (年均增长5%, 年均下降). Read by StatementExtractor: a target clause holding 年均 and one of
      # these (or 期间) looks ahead over the period, not at this year; 年均浓度 is a yearly mean and is no
      # such target. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      下降
      减少
      增加
      增速
      增长
      提升
      提高
      新增
      递减
      递增
      降低
      """#
    ),
    (
      "categories",
      #"""
      # categories.txt: keywords that assign a text (sentence, paragraph, commitment) to a theme.
      # Columns (TAB separated): taxonomy<TAB>category<TAB>keyword
      #   taxonomy  fazhi = 法治政府建设 reports, themes of the national 法治政府建设实施纲要;
      #             gov   = 政府工作报告 / 工作总结 themes
      #   category  theme name within the taxonomy
      #   keyword   a word whose presence in the text assigns the category (substring match);
      #             keywords are chosen to be specific; a keyword appears once per taxonomy.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      fazhi	依法决策	专家论证
      fazhi	依法决策	依法决策
      fazhi	依法决策	公职律师
      fazhi	依法决策	决策事项
      fazhi	依法决策	决策程序
      fazhi	依法决策	合法性审查
      fazhi	依法决策	合法性审核
      fazhi	依法决策	听证
      fazhi	依法决策	征求意见
      fazhi	依法决策	法律顾问
      fazhi	依法决策	重大行政决策
      fazhi	依法决策	集体讨论决定
      fazhi	依法决策	风险评估
      fazhi	制度建设	制度体系
      fazhi	制度建设	制度建设
      fazhi	制度建设	合法性审核机制
      fazhi	制度建设	备案审查
      fazhi	制度建设	工作机制
      fazhi	制度建设	建章立制
      fazhi	制度建设	政府规章
      fazhi	制度建设	清理
      fazhi	制度建设	立法
      fazhi	制度建设	规范性文件
      fazhi	政务公开	信息公开
      fazhi	政务公开	公众号
      fazhi	政务公开	公开栏
      fazhi	政务公开	公开透明
      fazhi	政务公开	决策公开
      fazhi	政务公开	政务公开
      fazhi	政务公开	政府信息公开
      fazhi	政务公开	政府网站
      fazhi	政务公开	阳光政府
      fazhi	政务公开	预算决算公开
      fazhi	政府职能	一网通办
      fazhi	政府职能	代办
      fazhi	政府职能	便民服务中心
      fazhi	政府职能	办件
      fazhi	政府职能	告知承诺
      fazhi	政府职能	审批
      fazhi	政府职能	延时服务
      fazhi	政府职能	放管服
      fazhi	政府职能	政务服务
      fazhi	政府职能	政府职能
      fazhi	政府职能	权责清单
      fazhi	政府职能	简政放权
      fazhi	政府职能	营商环境
      fazhi	政府职能	证明事项
      fazhi	政府职能	跨省通办
      fazhi	数字法治	信息化
      fazhi	数字法治	大数据
      fazhi	数字法治	平台建设
      fazhi	数字法治	数字化
      fazhi	数字法治	数字政府
      fazhi	数字法治	数字法治
      fazhi	数字法治	数据共享
      fazhi	数字法治	智慧法治
      fazhi	数字法治	电子证照
      fazhi	数字法治	线上
      fazhi	数字法治	网上办
      fazhi	普法宣传	以案释法
      fazhi	普法宣传	宣传月
      fazhi	普法宣传	宣传资料
      fazhi	普法宣传	宪法宣传周
      fazhi	普法宣传	宪法日
      fazhi	普法宣传	普法
      fazhi	普法宣传	普法进校园
      fazhi	普法宣传	民法典
      fazhi	普法宣传	法律明白人
      fazhi	普法宣传	法律讲座
      fazhi	普法宣传	法治宣传
      fazhi	普法宣传	法治宣传教育
      fazhi	普法宣传	法治意识
      fazhi	普法宣传	法治文化
      fazhi	普法宣传	法治讲座
      fazhi	普法宣传	谁执法谁普法
      fazhi	法律服务	仲裁
      fazhi	法律服务	公共法律服务
      fazhi	法律服务	公证
      fazhi	法律服务	司法鉴定
      fazhi	法律服务	律师
      fazhi	法律服务	法律咨询
      fazhi	法律服务	法律援助
      fazhi	法律服务	法律服务
      fazhi	法律服务	法律服务站
      fazhi	法律服务	法律顾问服务
      fazhi	监督制约	人大监督
      fazhi	监督制约	出庭应诉
      fazhi	监督制约	制约
      fazhi	监督制约	司法监督
      fazhi	监督制约	审计
      fazhi	监督制约	权力运行
      fazhi	监督制约	民主监督
      fazhi	监督制约	监督
      fazhi	监督制约	监督检查
      fazhi	监督制约	督察
      fazhi	监督制约	纠正
      fazhi	监督制约	纪委监察
      fazhi	监督制约	行政复议
      fazhi	监督制约	行政诉讼
      fazhi	监督制约	问责
      fazhi	矛盾纠纷化解	一站式
      fazhi	矛盾纠纷化解	人民调解
      fazhi	矛盾纠纷化解	信访
      fazhi	矛盾纠纷化解	化解纠纷
      fazhi	矛盾纠纷化解	司法调解
      fazhi	矛盾纠纷化解	多元化解
      fazhi	矛盾纠纷化解	排查化解
      fazhi	矛盾纠纷化解	接访
      fazhi	矛盾纠纷化解	枫桥经验
      fazhi	矛盾纠纷化解	矛盾纠纷
      fazhi	矛盾纠纷化解	纠纷排查
      fazhi	矛盾纠纷化解	综治中心
      fazhi	矛盾纠纷化解	行政调解
      fazhi	矛盾纠纷化解	诉源治理
      fazhi	矛盾纠纷化解	调处
      fazhi	矛盾纠纷化解	调解
      fazhi	社会治理	反诈
      fazhi	社会治理	基层治理
      fazhi	社会治理	安全生产
      fazhi	社会治理	平安建设
      fazhi	社会治理	应急管理
      fazhi	社会治理	扫黑除恶
      fazhi	社会治理	治安
      fazhi	社会治理	社会治理
      fazhi	社会治理	社会稳定
      fazhi	社会治理	禁毒
      fazhi	社会治理	网格
      fazhi	社会治理	网格员
      fazhi	组织领导	专题研究部署
      fazhi	组织领导	中心组学习
      fazhi	组织领导	主要负责人
      fazhi	组织领导	党委中心组
      fazhi	组织领导	党政主要负责人
      fazhi	组织领导	工作格局
      fazhi	组织领导	第一责任人
      fazhi	组织领导	组织领导
      fazhi	组织领导	统筹协调
      fazhi	组织领导	职责分工
      fazhi	组织领导	述法
      fazhi	组织领导	领导小组
      fazhi	组织领导	领导班子
      fazhi	行政执法	三项制度
      fazhi	行政执法	全过程记录
      fazhi	行政执法	执法
      fazhi	行政执法	执法人员
      fazhi	行政执法	执法公示
      fazhi	行政执法	执法办案
      fazhi	行政执法	执法监督
      fazhi	行政执法	执法行为
      fazhi	行政执法	执法证
      fazhi	行政执法	持证上岗
      fazhi	行政执法	案卷评查
      fazhi	行政执法	法制审核
      fazhi	行政执法	综合行政执法
      fazhi	行政执法	自由裁量
      fazhi	行政执法	行政处罚
      fazhi	行政执法	行政执法
      fazhi	行政执法	行政检查
      fazhi	行政执法	裁量权
      fazhi	队伍建设	依法行政能力
      fazhi	队伍建设	培训课程
      fazhi	队伍建设	学法
      fazhi	队伍建设	学法用法
      fazhi	队伍建设	干部培训
      fazhi	队伍建设	执法培训
      fazhi	队伍建设	执法资格
      fazhi	队伍建设	教育培训
      fazhi	队伍建设	法律素养
      fazhi	队伍建设	法治培训
      fazhi	队伍建设	考法
      fazhi	队伍建设	能力素质
      fazhi	队伍建设	队伍建设
      gov	产业	专精特新
      gov	产业	产业体系
      gov	产业	产业链
      gov	产业	产业集群
      gov	产业	传统产业
      gov	产业	低空经济
      gov	产业	先进制造业
      gov	产业	制造业
      gov	产业	工业
      gov	产业	战略性新兴产业
      gov	产业	数字经济
      gov	产业	服务业
      gov	产业	未来产业
      gov	住房	住房
      gov	住房	保交房
      gov	住房	保障性住房
      gov	住房	公积金
      gov	住房	商品房
      gov	住房	城中村改造
      gov	住房	好房子
      gov	住房	房地产
      gov	住房	房地产市场
      gov	住房	棚户区
      gov	住房	租赁住房
      gov	住房	老旧小区
      gov	农业粮食	三农
      gov	农业粮食	乡村振兴
      gov	农业粮食	农业
      gov	农业粮食	农产品
      gov	农业粮食	农村
      gov	农业粮食	农民增收
      gov	农业粮食	和美乡村
      gov	农业粮食	种业
      gov	农业粮食	粮食
      gov	农业粮食	粮食安全
      gov	农业粮食	耕地
      gov	农业粮食	脱贫
      gov	农业粮食	返贫
      gov	农业粮食	高标准农田
      gov	区域城乡	京津冀
      gov	区域城乡	区域协调发展
      gov	区域城乡	县域经济
      gov	区域城乡	城乡融合
      gov	区域城乡	城市更新
      gov	区域城乡	城镇化率
      gov	区域城乡	新型城镇化
      gov	区域城乡	粤港澳大湾区
      gov	区域城乡	西部大开发
      gov	区域城乡	都市圈
      gov	区域城乡	长三角
      gov	区域城乡	长江经济带
      gov	医疗卫生	中医药
      gov	医疗卫生	健康中国
      gov	医疗卫生	公共卫生
      gov	医疗卫生	公立医院
      gov	医疗卫生	分级诊疗
      gov	医疗卫生	医保
      gov	医疗卫生	医共体
      gov	医疗卫生	医疗
      gov	医疗卫生	医院
      gov	医疗卫生	卫生
      gov	医疗卫生	基层医疗
      gov	医疗卫生	疾病预防
      gov	医疗卫生	药品
      gov	安全	事故
      gov	安全	国家安全
      gov	安全	安全生产
      gov	安全	平安中国
      gov	安全	应急管理
      gov	安全	治本攻坚
      gov	安全	社会治安
      gov	安全	网络安全
      gov	安全	自然灾害
      gov	安全	防汛
      gov	安全	防灾减灾
      gov	安全	风险隐患
      gov	安全	食品安全
      gov	就业	农民工
      gov	就业	创业
      gov	就业	失业率
      gov	就业	就业
      gov	就业	就业优先
      gov	就业	新增就业
      gov	就业	欠薪
      gov	就业	灵活就业
      gov	就业	稳就业
      gov	就业	职业技能
      gov	就业	零工市场
      gov	就业	高校毕业生
      gov	开放外贸	一带一路
      gov	开放外贸	出口
      gov	开放外贸	制度型开放
      gov	开放外贸	外贸
      gov	开放外贸	外资
      gov	开放外贸	实际使用外资
      gov	开放外贸	对外开放
      gov	开放外贸	服务贸易
      gov	开放外贸	自由贸易
      gov	开放外贸	自贸试验区
      gov	开放外贸	跨境电商
      gov	开放外贸	进出口
      gov	开放外贸	高水平对外开放
      gov	投资	两重
      gov	投资	中央预算内投资
      gov	投资	固定资产投资
      gov	投资	基础设施建设
      gov	投资	投资
      gov	投资	政府投资
      gov	投资	有效投资
      gov	投资	民间投资
      gov	投资	重大项目
      gov	投资	项目建设
      gov	改革	产权
      gov	改革	体制机制
      gov	改革	全国统一大市场
      gov	改革	国企改革
      gov	改革	国资国企
      gov	改革	市场化
      gov	改革	改革
      gov	改革	放管服
      gov	改革	民营经济
      gov	改革	简政放权
      gov	改革	经营主体
      gov	改革	营商环境
      gov	改革	要素市场化
      gov	政府建设	为基层减负
      gov	政府建设	作风建设
      gov	政府建设	依法行政
      gov	政府建设	党风廉政建设
      gov	政府建设	八项规定
      gov	政府建设	官僚主义
      gov	政府建设	审计监督
      gov	政府建设	廉政
      gov	政府建设	形式主义
      gov	政府建设	政务公开
      gov	政府建设	政府工作人员
      gov	政府建设	政府建设
      gov	政府建设	政府自身建设
      gov	政府建设	法治政府
      gov	教育	中小学
      gov	教育	义务教育
      gov	教育	双一流
      gov	教育	学前教育
      gov	教育	学校
      gov	教育	托育
      gov	教育	教师
      gov	教育	教育
      gov	教育	教育强国
      gov	教育	职业教育
      gov	教育	高校
      gov	教育	高等教育
      gov	文化	体育
      gov	文化	全民健身
      gov	文化	全民阅读
      gov	文化	公共文化
      gov	文化	文化
      gov	文化	文化事业
      gov	文化	文化产业
      gov	文化	文化遗产
      gov	文化	文旅
      gov	文化	文物
      gov	文化	旅游
      gov	文化	精神文明
      gov	民生	为民办实事
      gov	民生	低保
      gov	民生	兜底
      gov	民生	可支配收入
      gov	民生	困难群众
      gov	民生	居民收入
      gov	民生	急难愁盼
      gov	民生	收入分配
      gov	民生	民生
      gov	民生	民生实事
      gov	民生	社会救助
      gov	消费	以旧换新
      gov	消费	内需
      gov	消费	扩大内需
      gov	消费	提振消费
      gov	消费	服务消费
      gov	消费	消费
      gov	消费	消费券
      gov	消费	消费品
      gov	消费	消费场景
      gov	消费	社会消费品零售总额
      gov	消费	首发经济
      gov	物价	价格总水平
      gov	物价	价格改革
      gov	物价	保供稳价
      gov	物价	居民消费价格
      gov	物价	涨幅
      gov	物价	物价
      gov	物价	物价水平
      gov	物价	通胀
      gov	物价	通货膨胀
      gov	社会保障	养老保险
      gov	社会保障	养老服务
      gov	社会保障	养老金
      gov	社会保障	医疗保险
      gov	社会保障	基础养老金
      gov	社会保障	失业保险
      gov	社会保障	工伤保险
      gov	社会保障	残疾人
      gov	社会保障	社会保障
      gov	社会保障	社保
      gov	社会保障	育儿补贴
      gov	社会保障	退役军人
      gov	社会保障	长期护理保险
      gov	科技创新	专利
      gov	科技创新	人工智能
      gov	科技创新	关键核心技术
      gov	科技创新	创新驱动
      gov	科技创新	基础研究
      gov	科技创新	实验室
      gov	科技创新	新质生产力
      gov	科技创新	研发
      gov	科技创新	研发投入
      gov	科技创新	科技创新
      gov	科技创新	科技成果转化
      gov	科技创新	科技自立自强
      gov	科技创新	高新技术企业
      gov	经济增长	下行压力
      gov	经济增长	回升向好
      gov	经济增长	国内生产总值
      gov	经济增长	地区生产总值
      gov	经济增长	增长目标
      gov	经济增长	稳增长
      gov	经济增长	经济增速
      gov	经济增长	经济增长
      gov	经济增长	经济总量
      gov	经济增长	经济运行
      gov	能源环境	减排
      gov	能源环境	双碳
      gov	能源环境	可再生能源
      gov	能源环境	新型能源体系
      gov	能源环境	新能源
      gov	能源环境	污染防治
      gov	能源环境	环境
      gov	能源环境	生态
      gov	能源环境	生态环境
      gov	能源环境	碳中和
      gov	能源环境	碳达峰
      gov	能源环境	细颗粒物
      gov	能源环境	绿色低碳
      gov	能源环境	能耗
      gov	能源环境	节能
      gov	能源环境	蓝天
      gov	财政	一般公共预算
      gov	财政	专项债券
      gov	财政	债务
      gov	财政	减税降费
      gov	财政	化债
      gov	财政	特别国债
      gov	财政	税收
      gov	财政	财政
      gov	财政	财政赤字
      gov	财政	赤字率
      gov	财政	转移支付
      gov	财政	过紧日子
      gov	财政	隐性债务
      gov	财政	预算
      gov	金融	信贷
      gov	金融	利率
      gov	金融	存款准备金率
      gov	金融	广义货币
      gov	金融	普惠金融
      gov	金融	汇率
      gov	金融	社会融资规模
      gov	金融	货币政策
      gov	金融	贷款
      gov	金融	资本市场
      gov	金融	金融
      gov	金融	金融监管
      gov	金融	金融风险
      gov	金融	银行
      """#
    ),
    (
      "change-openers",
      #"""
      # change-openers.txt: change words a plan clause may open with, right before a figure in digits
      # (增加100万户, 提高5个百分点). Read by StatementExtractor's plan clauses: such a clause right after
      # a planned figure of the same unit is the difference against last year (农村危房改造366万户，
      # 增加100万户), not a second plan. Longest word first, so the order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      下降
      减少
      增加
      增长
      提高
      """#
    ),
    (
      "change-words",
      #"""
      # change-words.txt: direction words right before a figure that make it a change (增长5.2%,
      # 下降了0.3个百分点, 增至). Read by QuantityExtractor: the word becomes the figure's `change`
      # (a space or 了 between word and figure is allowed); of two words that both end there the
      # longer one is taken, so the order of this file does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      上升
      上涨
      下滑
      下降
      减少
      回落
      增加
      增至
      增长
      扩大
      提升
      提高
      缩小
      降低
      降至
      """#
    ),
    (
      "commitment-markers",
      #"""
      # commitment-markers.txt: words that make a plan sentence a commitment when it does not open
      # with an action verb of commitment-verbs.txt: a modal (须, 要, 将, 确保, 一律 …) or a quantified
      # aim (不少于, 不低于, 达到, 增加到, 控制在, 保持在 …). A sentence of a plan part holding one of
      # these words is read as a commitment (涉法事项须经法律顾问审查后方可决定; 全年举办法治宣传活动
      # 不少于18场次; “法律明白人”增加到120名以上). Grammar words of the language, not phrases of reports.
      # A one-character marker (要, 须) counts only as a word of its own: not where a word of
      # domain-words.txt covers it (主要, 重要, 要求).
      # Extend with --lexicon (a file whose first line is `# lexicon: commitment-markers`).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一律
      不低于
      不少于
      不得
      不超过
      不高于
      严禁
      做到
      充实到
      力争
      务必
      增加到
      应当
      必须
      扩充到
      扩大到
      控制在
      提升到
      提高到
      提高至
      确保
      维持在
      要
      计划
      达到
      降低到
      降至
      须
      """#
    ),
    (
      "commitment-openers",
      #"""
      # commitment-openers.txt: words a commitment clause may open with before its verb
      # (同时, 着力, 积极 …). Read by StatementExtractor: they are stepped over (up to three
      # times, with intensity words) when looking for the commitment verb a clause opens with
      # (着力推进 → 推进). Longer words are tried first.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      共同
      努力
      同时
      将
      并
      并且
      拟
      着力
      积极
      要
      计划
      还要
      """#
    ),
    (
      "commitment-verbs",
      #"""
      # commitment-verbs.txt: action verbs that head a commitment in plan text
      # (加强..., 推进..., 落实..., 建立健全...). One verb or verb phrase per line (single column).
      # A clause in a plan section whose head (after any intensity word such as 进一步/持续/大力)
      # is one of these verbs is read as a commitment; longer entries (深入推进) are tried first.
      # Mined from the plan sections (重点工作 / 政府工作任务 / 工作安排) of the corpus.
      # To extend: add one verb per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一体推进
      严厉打击
      严守
      严格执行
      严格落实
      举办
      争创
      争取
      优化
      优化提升
      依法打击
      依法查处
      促进
      保护
      保持
      保障
      保障和改善
      修订
      倡导
      做优
      做大
      做好
      做强
      健全
      健全完善
      兜牢
      全面加强
      全面推进
      全面提升
      全面落实
      减少
      减轻
      出台
      出台实施
      创建
      制修订
      制定
      力争
      办好
      加力
      加大
      加强
      加快
      加快发展
      加快培育
      加快建设
      加快推进
      加快构建
      加速
      化解
      协同推进
      压实
      发展
      发挥
      取消
      启动
      坚持
      培养
      培育
      增加
      增强
      增进
      壮大
      处置
      大力发展
      大力推进
      夯实
      守牢
      完善
      完善提升
      完善落实
      完成
      实施
      实施好
      实现
      实行
      履行
      巩固
      延续
      建好
      建强
      建成
      建立
      建立健全
      建设
      开展
      开工
      引导
      弘扬
      强化
      强基
      形成
      扎实推进
      打好
      打造
      扩围
      扩大
      扩容
      扶持
      抓好
      抓紧
      拓宽
      拓展
      持续
      持续开展
      持续推进
      探索
      控制
      推出
      推动
      推动出台
      推广
      推深做实
      推行
      推进
      提升
      提档升级
      提质
      提高
      支持
      改善
      改进
      改造
      改造提升
      放宽
      整治
      有序推进
      构建
      治理
      注重
      淘汰
      深入实施
      深入开展
      深入推进
      深化
      清理
      满足
      激励
      激发
      用好
      监管
      盘活
      着力推动
      着力提升
      着力解决
      督促
      研究制定
      破除
      确保
      积极发展
      积极推进
      稳住
      稳妥推进
      稳定
      稳步推进
      筑牢
      系统推进
      纳入
      纵深推进
      组织
      组织开展
      织密
      统筹推进
      维护
      编制
      聚焦
      营造
      落实
      落实好
      落实落细
      融入
      补齐
      规范
      解决
      设立
      调整
      谋划
      贯彻
      贯彻落实
      转变
      运用
      迭代升级
      遏制
      配备
      采取
      释放
      防止
      防范
      降低
      鼓励
      """#
    ),
    (
      "comparison-starts",
      #"""
      # comparison-starts.txt: words that open a comparison with something else (高于全国,
      # 快于全省, 优于上年 …). Read by QuantityExtractor: a figure whose subject opens with one
      # (高于全国1.8个百分点) counts what the figure before it counts, not the comparison.
      # (subject-comparisons.txt holds the words that end a subject: 比上年, 同比 …)
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      优于
      低于
      好于
      快于
      慢于
      高于
      """#
    ),
    (
      "continuation-openers",
      #"""
      # continuation-openers.txt: connectives that open a paragraph as the going on of the one before (此外，同时，另外，).
      # Read by DocumentParser: outside a 政府工作报告, a paragraph opening with one of these words, then ，, right after a
      # plan paragraph of the same part plans too (2025年，我镇将…。 then 同时，镇政府…一律先行开展公平竞争审查。).
      # Words of the language only: additive connectives, not topic words.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      与此同时
      另外
      同时
      此外
      除此之外
      """#
    ),
    (
      "decrease-words",
      #"""
      # decrease-words.txt: direction words that make a stated change a decrease (下降5%, 减少12件).
      # Read by QuantityExtractor, which marks the figure whose change word is one of them; the rules
      # change-matches-levels and change-matches-last-year and the comparison's year series then set
      # the stated change against the levels with its sign turned. A word must be the whole change word
      # (change-words.txt) to count; 降至 names the level reached, not a change, so it is not here.
      # The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      下滑
      下降
      减少
      回落
      缩小
      降低
      """#
    ),
    (
      "division-levels",
      #"""
      # division-levels.txt: words a body is named by when its place is left out (我代表省人民政府,
      # 我代表自治区人民政府: 省, 自治区). Read by the metadata reader: a speaker's body that opens
      # with one of these is completed with the place of that level named in the head of the report
      # (贵州省 + 人民政府). The longest word that opens the name is taken, so the order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      乡
      区
      县
      州
      市
      旗
      盟
      省
      自治区
      自治县
      自治州
      镇
      """#
    ),
    (
      "division-suffixes",
      #"""
      # division-suffixes.txt: endings of the names of administrative divisions (省, 自治州, 县, 镇,
      # 街道办事处 …). Read by the metadata reader (AdminDivisions.isPlausible): a reporting unit
      # at a level admin-divisions.txt does not list (most counties, all towns) is taken as a
      # place when its name ends in one of these and doubles none (省省). The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      乡
      区
      县
      地区
      市
      新区
      旗
      林区
      特别行政区
      盟
      省
      自治区
      自治县
      自治州
      自治旗
      街道
      街道办事处
      镇
      """#
    ),
    (
      "domain-words",
      #"""
      # domain-words.txt: government / administrative vocabulary that corrects ICU Chinese word segmentation.
      # One word per line (single column), 2 to 8 Han characters, no digits, no Latin letters.
      # Before ICU runs, the segmenter scans each run of Han characters and takes the
      # leftmost-longest match from this list; every match is forced to be one token.
      # So a longer fixed term (法治政府建设, 矛盾纠纷多元化解) wins over its parts (法治, 政府, 建设),
      # and the parts are listed too so they are found on their own.
      # Only add a real word or fixed term that should ALWAYS be one token and that does not
      # commonly occur across a word boundary (e.g. never add 政府建 or 法治建, or 心组).
      # Do not add counted quantities (三项, 五年, 万人); numeral terms that are fixed names
      # (三项制度, 十四五) are fine. Specific place names are left out; generic ones (全县, 全省) are in.
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一以贯之
      一体
      一体化
      一切
      一卡通
      一国两制
      一定
      一带一路
      一律
      一揽子
      一方面
      一次性
      一流
      一流大学
      一站式
      一系列
      一网统管
      一网通
      一网通办
      一致性
      一般
      一般公共预算
      一般公共预算支出
      一般公共预算收入
      一般性
      一视同仁
      万众
      万众一心
      三个代表
      三中全会
      三公
      三农
      三资
      三项制度
      上下游
      上升
      上市
      上市公司
      上年
      上涨
      上级
      上级部门
      上线
      上调
      上限
      下一步
      下乡
      下功夫
      下放
      下沉
      下滑
      下行
      下行压力
      下调
      下达
      下降
      不利
      不到位
      不力
      不动产
      不变
      不可
      不合理
      不同
      不够
      不容
      不容忽视
      不少
      不得
      不息
      不想
      不懈
      不懈努力
      不折不扣
      不敢
      不断
      不易
      不正之风
      不理
      不确定性
      不能
      不负
      不足
      专业
      专业化
      专利
      专家
      专家论证
      专科
      专精
      专精特新
      专线
      专门
      专门教育
      专门监督
      专项
      专项债
      专项债券
      专项债务
      专项整治
      专项治理
      专项行动
      专项规划
      专项资金
      专题
      专题讲座
      世界
      世界反法西斯战争
      世界各国
      世界和平
      世界级
      世界经济
      世界经济增长
      世界经济复苏
      世纪
      世纪疫情
      世贸组织
      业务
      业态
      业绩
      东北
      东北全面振兴
      东北地区
      东南
      东南亚
      东数西算
      东方
      东盟自贸区
      东西部
      东西部协作
      东部
      东部地区
      丝绸之路
      丝路
      两不愁三保障
      两个毫不动摇
      两个确立
      两个维护
      两岸
      两岸关系
      两新
      两用
      两翼
      两重
      两院
      两难
      严厉
      严守
      严守耕地红线
      严密
      严峻
      严峻形势
      严峻挑战
      严惩
      严控
      严格
      严禁
      严肃
      严重
      严防
      个人信息
      个人养老金
      个人所得税
      个体工商户
      个体户
      中介
      中介服务
      中低收入
      中共
      中医
      中医药
      中华
      中华人民共和国
      中华儿女
      中华文化
      中华民族
      中华民族伟大复兴
      中国
      中国人民
      中国共产党
      中国制造
      中国化
      中国式
      中国式现代化
      中国式现代化建设
      中国特色
      中国特色大国外交
      中国特色社会主义
      中国经济
      中外
      中央
      中央与地方
      中央八项规定
      中央和地方
      中央巡视
      中央政府
      中央生态环保督察
      中央财政
      中央财政赤字
      中央预算内投资
      中小
      中小企业
      中小城市
      中小学
      中小学生
      中小微企业
      中小微企业融资
      中小金融机构
      中心
      中心城区
      中心城市
      中心组
      中心组学习
      中性
      中欧班列
      中等
      中等收入群体
      中等职业
      中线
      中西医
      中西部
      中西部地区
      中试
      中试平台
      中轴
      中部
      中部地区
      中部地区崛起
      中长期
      中间品
      中高端
      中高速增长
      丰富
      丰收
      丰硕
      临床
      临时
      临时救助
      为了
      为基层减负
      为民办实事
      为民服务
      主业
      主义
      主产区
      主体
      主体作用
      主体功能区
      主体责任
      主动
      主场
      主导
      主导产业
      主席
      主攻
      主权
      主流
      主管部门
      主线
      主要
      主要工作
      主要目标
      主要负责人
      主要预期目标
      主责主业
      主题
      主题教育
      举债
      举办
      举国体制
      举措
      久久
      久久为功
      义务
      义务教育
      义务教育阶段
      之一
      之间
      乏力
      乘势而上
      九二共识
      习惯
      习近平
      习近平总书记
      习近平法治思想
      乡村
      乡村全面振兴
      乡村建设
      乡村振兴
      乡村振兴战略
      乡村教师
      乡村旅游
      乡村治理
      乡村特色产业
      乡级
      乡镇
      书香
      乱收费
      乱罚款
      予以
      争先
      争创
      争取
      事业
      事业单位
      事业性
      事中事后监管
      事件
      事关
      事务
      事故
      事权
      事项
      事项清单
      二中全会
      二十大
      二十届
      二十届三中全会
      二十届二中全会
      二十届四中全会
      二手车
      二氧化硫
      二氧化碳
      云计算
      互信
      互利
      互利共赢
      互利合作
      互动
      互助
      互惠
      互联
      互联互通
      互联网
      互联网金融
      互补
      互通
      五中全会
      五位一体
      五年规划
      亚太经合组织
      亚运会
      交付
      交会
      交出
      交往
      交房
      交换
      交易
      交易会
      交易市场
      交易平台
      交易所
      交易额
      交流
      交织
      交融
      交通
      交通强国
      交通网
      交通运输
      产业
      产业体系
      产业化
      产业升级
      产业园
      产业基础
      产业基金
      产业带
      产业投资
      产业政策
      产业数字化
      产业生态
      产业结构
      产业结构调整
      产业能级
      产业转型升级
      产业转移
      产业链
      产业链供应链
      产业集群
      产值
      产出
      产区
      产品
      产品价格
      产品质量
      产学研
      产学研用
      产教融合
      产权
      产权保护
      产权制度
      产生
      产能
      产能过剩
      产量
      享受
      享有
      京津冀
      京津冀协同发展
      亮相
      亲临
      亲清
      亲清政商关系
      亲自
      人与自然
      人为
      人事
      人人
      人力
      人力资源
      人口
      人口老龄化
      人口高质量发展
      人员
      人员配备
      人均
      人均可支配收入
      人均地区生产总值
      人均收入
      人均预期寿命
      人士
      人大
      人大代表
      人大代表建议
      人大常委会
      人大监督
      人居环境
      人工智能
      人工智能产业
      人形
      人才
      人才培养
      人才引进
      人才强国
      人才评价
      人才资源
      人才链
      人才队伍
      人数
      人文
      人文交流
      人民
      人民代表大会
      人民健康
      人民军队
      人民团体
      人民城市
      人民币
      人民币汇率
      人民政协
      人民政府
      人民检察院
      人民法院
      人民满意
      人民生活品质
      人民生活水平
      人民监督
      人民群众
      人民群众获得感
      人民至上
      人民解放军
      人民调解
      人民调解员
      人民调解委员会
      人生
      人的全面发展
      人类
      人类命运共同体
      人群
      人道救助
      亿万人民
      今年
      仍然
      从业
      从严
      从严治党
      从来
      仓储
      付出
      代价
      代办
      代表
      以上
      以下
      以人为本
      以人民为中心
      以及
      以工代赈
      以旧换新
      以来
      以案释法
      仲裁
      价值
      价值观
      价格
      价格上涨
      价格总水平
      价格改革
      任务
      任务艰巨
      任性
      份额
      企业
      企业上市
      企业主体
      企业兼并重组
      企业培育
      企业家
      企业家精神
      企业年金
      企业投资
      企业生产经营
      企业生产经营困难
      休假
      休闲
      众多
      优先
      优先发展
      优势
      优势互补
      优势产业
      优化
      优化营商环境
      优异成绩
      优待
      优惠
      优惠政策
      优抚
      优抚对象
      优秀
      优秀传统文化
      优胜劣汰
      优良
      优良传统
      优良作风
      优良天数
      优质
      优质企业
      优质文化
      优质本科
      优质高效
      优越
      伙伴关系
      会前学法
      会展
      会晤
      会议
      伟业
      伟大
      伟大旗帜
      传导
      传导机制
      传感
      传承
      传播
      传染病
      传染病防控
      传统
      传统产业
      伤害
      但是
      位居
      位置
      低于
      低估
      低保
      低收入
      低收入人口
      低收入群众
      低收入群体
      低收入者
      低效
      低水平
      低碳
      低空
      低空经济
      低迷
      住宅
      住宿
      住房
      住房供给
      住房公积金
      住房建设
      住房需求
      住院
      住院费用
      体制
      体制改革
      体制机制
      体现
      体系
      体系建设
      体育
      体育事业
      体育产业
      体育健儿
      体育赛事
      体验
      余额
      作业
      作为
      作出
      作品
      作物
      作用
      作贡献
      作风
      作风建设
      佳绩
      使命
      使用
      使用权
      供养
      供应
      供应量
      供应链
      供水
      供求
      供求关系
      供热
      供电
      供给
      供给侧结构性改革
      供销
      供销社
      供需
      依托
      依法
      依法决策
      依法履职
      依法治区
      依法治县
      依法治县办
      依法治国
      依法治市
      依法治理
      依法治省
      依法行政
      依法行政意识
      依然
      依靠
      侨务
      侨务工作
      侨务政策
      侨眷
      侨胞
      侵害
      侵权
      侵犯
      便利
      便利化
      便利化水平
      便捷
      便民
      便民化
      便民服务
      便民服务中心
      便民服务站
      促发展
      促改革
      促消费
      促进
      保交房
      保交楼
      保供
      保供稳价
      保值
      保健
      保卫战
      保就业
      保市场主体
      保护
      保护主义
      保护区
      保护地
      保持
      保有
      保民生
      保洁
      保税
      保税区
      保证
      保险
      保险业
      保险保障
      保险制度
      保险费率
      保障
      保障体系
      保障制度
      保障和改善民生
      保障国家粮食安全
      保障性
      保障性住房
      保障性住房建设
      保障性安居工程
      保障性租赁住房
      保障改善民生
      保障机制
      保障标准
      保障能力
      保障范围
      信心
      信息
      信息公开条例
      信息共享
      信息化
      信息技术
      信息网
      信息网络
      信教
      信用
      信用体系
      信用修复
      信用监管
      信用社
      信用贷款
      信访
      信访事项
      信访工作
      信访工作法治化
      信访法治化
      信访积案
      信贷
      信贷投放
      修复
      修复工程
      修改
      修订
      倒逼
      倡导
      倡导全民阅读
      倡议
      债券
      债券市场
      债务
      债务置换
      债务风险
      债权
      倾斜
      假冒伪劣
      做到
      做大做强
      做好
      做强做优
      做法
      停车
      停车场
      健体
      健全
      健康
      健康中国
      健身
      健身活动
      储备
      储能
      僵尸
      儿女
      儿科
      儿童
      允许
      兄弟
      充分
      充分就业
      充实
      充满
      充满希望
      充满活力
      充电
      充电桩
      充裕
      先导
      先导区
      先行
      先行先试
      先行区
      先进
      先进制造业
      先进制造业集群
      光伏
      光纤
      光网
      克服
      免征
      免签
      免罚清单
      免费
      免除
      兑现
      党中央
      党中央决策部署
      党内监督
      党史
      党和国家
      党委
      党委中心组
      党委政府
      党建
      党的二十大
      党的建设
      党的领导
      党组织
      党群服务中心
      党风廉政
      党风廉政建设
      兜住
      兜底
      兜底保障
      兜底性民生建设
      入住
      入列
      入园率
      入境
      入境旅游
      入境消费
      入境游
      入学
      入学率
      入市
      入海
      入选
      全乡
      全产业链
      全会
      全会精神
      全体
      全体人民
      全体人民共同富裕
      全党全军
      全军
      全力
      全力支持
      全区
      全县
      全口径
      全员
      全员劳动生产率
      全国
      全国上下
      全国人大常委会
      全国人民代表大会
      全国政协
      全国统一大市场
      全国统筹
      全国重点实验室
      全域
      全域旅游
      全局
      全市
      全年
      全文
      全方位
      全民
      全民健身
      全民健身活动
      全民阅读
      全流程
      全球
      全球化
      全球发展
      全球发展倡议
      全球安全倡议
      全球性
      全球文明倡议
      全球治理
      全球治理体系
      全球治理倡议
      全球经济
      全生命周期
      全省
      全社会研发投入
      全科
      全程
      全线
      全线贯通
      全覆盖
      全过程
      全运会
      全部
      全链条
      全链条监管
      全镇
      全面
      全面从严治党
      八项规定
      公交
      公众
      公众号
      公信力
      公共
      公共交通
      公共卫生
      公共卫生体系
      公共基础设施
      公共安全
      公共数据
      公共文化
      公共文化服务
      公共服务
      公共服务体系
      公共法律服务
      公共法律服务体系
      公共设施
      公共财政
      公共资源
      公办
      公务
      公务员
      公司
      公园
      公安干警
      公安机关
      公布
      公平
      公平正义
      公平竞争
      公平竞争审查
      公开
      公开栏
      公开透明
      公有制
      公正
      公正监管
      公民
      公民道德
      公用
      公用事业
      公益
      公益性
      公租房
      公积金
      公立医院
      公立医院改革
      公立医院综合改革
      公职律师
      公证
      公路
      公转
      六中全会
      六保
      六稳
      共享
      共享发展
      共享经济
      共创
      共同
      共同体
      共同体建设
      共同努力
      共同富裕
      共同繁荣
      共商
      共建
      共建一带一路
      共建共享
      共性
      共性技术
      共济
      共生
      共识
      共通
      共青团
      关乎
      关于
      关切
      关口
      关心
      关怀
      关注
      关爱
      关税
      关系
      关键
      关键作用
      关键技术
      关键时期
      关键核心技术
      关键核心技术攻关
      关键环节
      关键零部件
      关键领域
      兴业
      兴办
      兴边富民行动
      其中
      其他
      其他组织
      具体
      具备
      具备条件
      具有
      具身智能
      典型
      典型案例
      养殖
      养老
      养老保险
      养老保险制度
      养老床位
      养老服务
      养老服务体系
      养老金
      养老金融
      养育
      养鱼
      兼并
      兼并重组
      兼顾
      内卷式
      内卷式竞争
      内在
      内地
      内外
      内外贸
      内外资企业
      内容
      内河
      内涵式
      内涵式发展
      内生
      内生动力
      内陆
      内需
      内需潜力
      再创
      再就业
      再次
      再生
      再生能源
      再贷款
      再造
      军事
      军人
      军人军属
      军委主席
      军属
      军政
      军政军民团结
      军民
      军民团结
      军民融合
      军民融合深度发展
      军队
      农业
      农业产业
      农业保险
      农业农村
      农业农村发展
      农业农村现代化
      农业现代化
      农业生产
      农业综合
      农业转移人口
      农业面源污染
      农产品
      农场
      农垦
      农户
      农机装备
      农村
      农村人口
      农村人居环境
      农村人居环境整治
      农村供水
      农村公路
      农村危房改造
      农村土地
      农村基础设施建设
      农村学生
      农村居民
      农村改革
      农村综合改革
      农村贫困人口
      农民
      农民增收
      农民工
      农民工工资
      农田
      农田水利
      农药
      农资
      冠军
      冬奥会
      冰雪
      冰雪经济
      冲击
      决不
      决不允许
      决定
      决定性
      决心
      决策
      决策部署
      决算
      决胜
      净土
      净土保卫战
      准入
      准则
      准备
      准备金率
      准确
      减免
      减半
      减少
      减排
      减灾
      减税
      减税政策
      减税降费
      减负
      减轻
      减量
      凝聚
      凸显
      出发
      出口
      出口退税
      出台
      出国
      出境
      出席
      出庭应诉
      出海
      出版
      出现
      出生
      出行
      出让
      出访
      出路
      分享
      分别
      分割
      分区
      分子
      分层
      分层分类
      分工
      分布
      分开
      分担
      分析
      分步
      分流
      分离
      分类
      分级
      分级诊疗
      分裂
      分配
      分配制度
      切实
      切身利益
      刑事
      划分
      划定
      划转
      列入
      列席
      刚刚
      刚性
      创业
      创业带动就业
      创业投资
      创业担保贷款
      创作
      创建
      创意
      创投
      创新
      创新发展
      创新型
      创新能力
      创新链
      创新驱动
      创新驱动发展
      创造
      创造力
      创造性
      初信初访
      初次
      初步
      初级阶段
      判断
      判断力
      利息
      利民
      利润
      利率
      利用
      利用外资
      利用效率
      利用率
      利益
      到位
      到底
      到期
      制售
      制定
      制度
      制度优势
      制度型开放
      制度建设
      制度性
      制约
      制造
      制造业
      制造业企业
      制造业单项冠军
      制造业增加值
      制造业投资
      制造强国
      刺激
      削减
      前列
      前提
      前景
      前期工作
      前沿
      前沿技术
      前沿领域
      前瞻
      前瞻性
      前置
      前行
      前进
      剥离
      副中心
      力争
      力度
      力戒
      力抓
      力气
      力量
      办事
      办件量
      办公
      办好
      办好自己的事
      办学
      办学条件
      办实事
      办成
      办案
      办案质量
      办法
      办理
      功夫
      功能
      功能区
      功能定位
      功能性
      加以
      加入
      加剧
      加力
      加固
      加大
      加密
      加工
      加工贸易
      加强
      加快
      加注
      加深
      加紧
      加装
      加装电梯
      加计
      加速
      加速度
      加重
      务实
      务实合作
      务工
      务工人员
      务必
      动力
      动力电池
      动员
      动态
      动态清零
      动态调整
      动摇
      动植物
      动能
      助力
      助学
      助残
      努力
      劳务
      劳动
      劳动关系
      劳动力
      劳动密集型
      劳动报酬
      劳动生产率
      劳动者
      势力
      势头
      勇于
      勇毅
      勇气
      勘探
      勤俭节约
      勤劳
      勤勉
      包容
      包容审慎
      包容审慎监管
      包括
      化债
      化学
      化学品
      化学需氧量
      化工
      化石
      化肥
      化解
      化解矛盾纠纷
      北斗
      北方地区
      匹配
      区位
      区分
      区县
      区域
      区域医疗中心
      区域协调发展
      区域协调发展战略
      区域发展
      区域发展协调性
      区域发展总体战略
      区域发展格局
      区域合作
      区域性
      区域科技创新中心
      区域联动
      区域重大战略
      区委
      区政府
      区级
      区间
      医保
      医保基金
      医养结合
      医务人员
      医学
      医学中心
      医患
      医改
      医生
      医用
      医疗
      医疗保险
      医疗保障
      医疗卫生
      医疗器械
      医疗救助
      医疗服务
      医疗服务价格
      医疗机构
      医药
      医药卫生
      医院
      十一五
      十三五
      十九大
      十九届五中全会
      十九届六中全会
      十九届四中全会
      十二五
      十五五
      十八大
      十八届三中全会
      十八届四中全会
      十分
      十四五
      千万工程
      千方百计
      升学
      升格
      升级
      升至
      升高
      半导体
      华人
      协会
      协作
      协力
      协同
      协同发展
      协同机制
      协同联动
      协和
      协商
      协定
      协定谈判
      协议
      协调
      协调发展
      协调性
      协调机制
      协调联动
      协调配合
      卓有成效
      卓越
      卓越工程师
      单一
      单产
      单位
      单位地区生产总值
      单列
      单边
      单边主义
      单项
      南北
      南水北调
      博会
      博士
      博物馆
      博览会
      卫星
      卫生
      卫生室
      危房
      危房改造
      危旧房
      危旧房改造
      危机
      危险
      危险化学品
      历史
      历史使命
      历史性
      历史遗留问题
      历次
      历程
      厉行
      压减
      压力
      压实
      压缩
      厚望
      原则
      原创性
      原始
      原材料
      原生
      去年
      去库存
      县乡
      县乡村
      县人大
      县城
      县域
      县域医共体
      县域经济
      县域高中
      县委
      县市
      县政协
      县政府
      县级
      参与
      参事
      参保
      参保率
      参加
      及时
      友好
      友好合作
      友好型
      双一流
      双减
      双向
      双城
      双循环
      双拥
      双控制度
      双碳
      双边
      双重
      双随机
      双随机一公开
      双高
      反垄断
      反对
      反弹
      反恐
      反映
      反腐
      反腐败
      反馈
      反馈问题整改
      发债
      发展
      发展中国家
      发展潜力
      发展观
      发布
      发扬
      发挥
      发放
      发明专利
      发现
      发生
      发电
      发电量
      发行
      发表
      发起
      发达
      发达国家
      取向
      取得
      取消
      受到
      受理
      受益
      变化
      变局
      变成
      变革
      叠加
      口岸
      口径
      口袋
      另外
      召开
      可以
      可信
      可兑换
      可再生能源
      可持续发展
      可持续性
      可控
      可支配收入
      可行
      可靠
      台海
      台湾
      台湾同胞
      台独
      台胞
      台资
      台阶
      台风
      史志
      司法
      司法局
      司法所
      司法监督
      司法行政
      司法行政机关
      司法调解
      司法鉴定
      各人民团体
      各位
      各位代表
      各具特色
      各国
      各地
      各地区各部门
      各方
      各方面
      各族人民
      各界人士
      各类
      各类市场主体
      各级
      各项
      各项政策
      合一
      合作
      合作共赢
      合作社
      合作组织
      合作论坛
      合作项目
      合力
      合同
      合同审查
      合成
      合法性
      合法性审查
      合法性审核
      合法权益
      合理
      合理性
      合规
      同心
      同志
      同时
      同样
      同步
      同等
      同级
      同胞
      名单
      名城
      名片
      后劲
      后勤
      后备
      后备力量
      后续
      向上
      向善
      向往
      向心力
      吞吐量
      听取
      听证
      启动
      启用
      吸引
      吸引力
      吸引外资
      吸纳
      呈现
      告知承诺制
      员工
      周期
      周边
      周边国家
      周边外交
      命运
      和平统一
      和睦相处
      和美乡村
      和衷共济
      和谐
      和谐稳定
      咨询
      咨询台
      品格
      品牌
      品目
      品种
      品质
      品质提升
      哲学
      哲学社会科学
      售假
      唯一
      商业
      商业模式
      商业航天
      商业银行
      商事
      商会
      商办
      商务
      商务区
      商品
      商品价格
      商品房
      商品消费
      商户
      商贸
      善于
      嘱托
      四下基层
      四个意识
      四个自信
      四中全会
      回升
      回应
      回归
      回报
      回收
      回稳
      回落
      回顾
      回顾过去
      因地制宜
      因城施策
      因此
      因素
      团组织
      团结
      团结奋斗
      团队
      园区
      园区建设
      困境
      困境儿童
      困难
      困难人员
      困难地区
      困难家庭
      困难挑战
      困难群众
      困难群体
      围绕
      固体废物
      固体废物综合治理
      固定
      固定资产
      固定资产投资
      国产
      国企
      国企改革
      国债
      国内
      国内国际双循环
      国内外
      国内外形势
      国内大循环
      国内生产总值
      国内生产总值增长
      国内经济
      国内需求
      国务院
      国务院总理
      国土
      国土空间规划
      国外
      国家
      国家主权
      国家公园
      国家创新体系
      国家区域医疗中心
      国家医学中心
      国家发展战略
      国家安全
      国家安全体系
      国家实验室
      国家宪法日
      国家战略
      国家战略科技力量
      国家文化公园
      国家水网
      国家治理
      国家治理体系
      国家物流枢纽
      国家级
      国家级零碳园区
      国家重大战略
      国有
      国有企业
      国有企业改革
      国有经济
      国有资产
      国有资产监管
      国有资本
      国有资本投资
      国有资本经营预算
      国民
      国民待遇
      国民经济
      国资
      国资国企
      国资国企改革
      国防
      国防动员
      国防和军队
      国防和军队建设
      国防和军队改革
      国防教育
      国防科技
      国际
      国际交往
      国际产能合作
      国际化
      国际友人
      国际合作
      国际合作高峰论坛
      国际形势
      国际影响力
      国际收支
      国际收支基本平衡
      国际消费
      国际消费中心城市
      国际物流
      国际科技创新中心
      国际秩序
      国际竞争
      国际竞争力
      国际经济
      国际经贸
      国际航运
      国际航运中心
      国际贸易
      国际金融
      国际金融危机
      图景
      圆满
      土地
      土地综合整治
      土壤
      土壤污染
      土壤污染防治
      土特产
      在建项目
      在线
      在线学习
      地下
      地下水
      地下管网
      地下综合管廊
      地位
      地区
      地区热点问题
      地区生产总值
      地区生产总值增长
      地块
      地方
      地方中小金融机构
      地方债务
      地方性
      地方性法规
      地方政府
      地方政府专项债券
      地方政府债务
      地方政府债务风险
      地方政府性债务
      地方税
      地理
      地级
      地缘
      地缘政治
      地表水
      地质
      地质灾害
      地铁
      地震
      场地
      场所
      场景
      场馆
      均等化
      均衡
      均衡性
      坚信
      坚决
      坚如磐石
      坚守
      坚定
      坚定不移
      坚定信心
      坚实
      坚实基础
      坚强
      坚持
      坚持不懈
      垂直
      垃圾
      垃圾分类
      垄断
      城中村
      城中村改造
      城乡
      城乡义务教育
      城乡低保
      城乡区域
      城乡区域协调发展
      城乡区域发展
      城乡基层治理
      城乡居民
      城乡居民基本医保
      城乡居民收入
      城乡社区
      城乡融合
      城乡融合发展
      城区
      城市
      城市副中心
      城市发展
      城市基础设施
      城市建设
      城市更新
      城市更新行动
      城市治理
      城市治理现代化
      城市生命线
      城市群
      城市规划
      城市运行
      城镇
      城镇化
      城镇化建设
      城镇化率
      城镇化质量
      城镇基本公共服务
      城镇就业困难人员
      城镇居民
      城镇新增就业
      城镇棚户区
      城镇登记失业率
      城镇老旧小区
      城镇职工
      城镇调查失业率
      城际
      域外
      培优
      培养
      培育
      培训
      培训课程
      基因
      基地
      基地建设
      基层
      基层医疗卫生机构
      基层应急
      基层治理
      基本
      基本养老保险
      基本农田
      基本医保
      基本医疗保险
      基本国情
      基本国策
      基本方针
      基本法
      基本面
      基点
      基础
      基础养老金
      基础制度
      基础性
      基础教育
      基础教育扩优提质
      基础研究
      基础设施
      基础设施建设
      基调
      基金
      塑造
      境内
      境外
      增产
      增值
      增值税
      增减
      增加
      增加值
      增后劲
      增多
      增大
      增幅
      增强
      增收
      增效
      增效益
      增至
      增设
      增资
      增进
      增进民生福祉
      增速
      增量
      增量政策
      增长
      增长动力
      增长极
      增长潜力
      增长点
      增长目标
      壁垒
      壮大
      声音
      处于
      处在
      处理
      处罚
      处置
      备战
      备案
      备案审查
      复兴
      复制
      复合
      复工
      复杂
      复杂多变
      复苏
      外事
      外交
      外交政策
      外交活动
      外企
      外出
      外商
      外商投资
      外国
      外汇
      外汇储备
      外经贸
      外贸
      外贸企业
      外贸外资
      外资
      外资企业
      外资项目
      外部
      外部环境
      外部环境变化
      外需
      多元
      多元化
      多层次
      多方
      多样
      多样化
      多样性
      多渠道
      多点
      多种
      多种形式
      多边
      多边主义
      多边贸易
      多重
      夜间
      夜间经济
      大中型
      大中小企业
      大中小城市
      大事
      大众
      大众创业
      大会
      大保护
      大力
      大势
      大国
      大国关系
      大地
      大型
      大型商业银行
      大城市
      大奖
      大学
      大学城
      大宗
      大宗商品价格
      大家庭
      大局
      大展
      大市场
      大幅
      大幅度
      大户
      大政方针
      大数据
      大模型
      大气
      大气污染
      大气污染治理
      大水漫灌
      大病
      大病保险
      大盘
      大科学
      大科学装置
      大胆
      大脑
      大规模
      大规模设备更新
      大豆
      大赛
      大运河
      大通关
      大通道
      大道
      大都市
      大量
      大陆
      大面积
      大飞机
      天下
      天使
      天数
      天气
      天然林
      天然气
      夯实
      失业
      失业人员
      失业保险
      失业率
      失信
      失信惩戒
      失职
      失败
      头部
      头部企业
      夺取
      奉献
      奉行
      奋力
      奋勇争先
      奋斗
      奋斗目标
      奋进
      契机
      奖励
      奠定
      奥运
      奥运会
      好事
      好差评
      好戏
      好房子
      好转
      如期
      妇女
      妇女儿童
      妇联
      妈祖
      妥善
      妨碍
      始终
      始终不渝
      始终保持
      姑息
      委员
      婚育
      婴幼儿
      媒体
      子女
      存储
      存在
      存在问题
      存款
      存款保险制度
      存款准备金率
      存量
      存量债务
      存量政策
      存量资源
      孤儿
      学习
      学习教育
      学位
      学前
      学前教育
      学前教育普及普惠
      学术
      学校
      学校办学条件
      学校建设
      学法
      学法用法
      学生
      学科
      学科专业
      学科建设
      学院
      学龄
      孵化
      孵化器
      宅基地
      守住
      守护
      守法
      安全
      安全事故
      安全发展
      安全工程
      安全底线
      安全感
      安全生产
      安全生产月
      安全生产治本攻坚
      安全监管
      安全稳定
      安全管理
      安全能力建设
      安全观
      安全隐患
      安宁
      安定
      安居
      安居乐业
      安居工程
      安心
      安排
      安置
      安置帮教
      完全
      完善
      完工
      完成
      完整
      宏伟蓝图
      宏观
      宏观审慎
      宏观政策
      宏观杠杆率
      宏观经济
      宏观经济政策
      宏观调控
      宗教
      宗教事务
      宗教界
      官僚主义
      官兵
      定价
      定位
      定力
      定向
      定向调控
      定点
      宜居
      宜居宜业
      宜居宜业和美乡村
      宝贵
      实事
      实事求是
      实体
      实体经济
      实力
      实处
      实干
      实情
      实惠
      实战
      实效
      实施
      实施方案
      实施细则
      实现
      实绩
      实行
      实质
      实质性
      实践
      实际
      实际使用外资
      实际行动
      实验
      实验室
      审慎
      审批
      审批事项
      审批制度改革
      审查
      审核
      审理
      审计
      审计监督
      审议
      审评
      客观
      客货
      宣传
      宣传教育
      宣传资料
      宪法
      宪法和基本法
      宪法宣传周
      宪法日
      家园
      家居
      家庭
      家庭医生
      家庭经济困难学生
      家政
      家电
      家长
      家门口
      容缺受理
      容量
      宽容
      宽带
      宽松
      寄宿制
      寄宿制学校
      寄递
      密切
      密集
      密集型
      富农
      富强
      富民
      富民产业
      富裕
      对于
      对内
      对冲
      对口
      对外
      对外开放
      对外贸易
      对接
      对话
      对象
      寻常
      导入
      导向
      寿命
      尊重
      小区
      小型
      小型微型企业
      小城镇
      小巨人
      小巷
      小康社会
      小微企业贷款
      小规模
      小麦
      少数
      少数民族
      少有
      尚未
      就业
      就业优先
      就业服务
      就医
      就学
      就近
      尽力
      尽力而为
      尽心竭力
      尽快
      尽责
      局部
      局面
      层次
      层面
      居住
      居住证
      居住证制度
      居委会
      居家
      居民
      居民收入
      居民收入增长
      居民消费
      居民消费价格
      居民消费价格上涨
      居民消费价格涨幅
      屏障
      展业
      展会
      展开
      展望
      展望未来
      展演
      展现
      展示
      展览
      属地
      履职
      履职尽责
      履职能力
      履行
      履行职责
      山区
      山水
      山水林田湖草
      山水林田湖草沙
      山洪
      山海协作
      岗位
      峰会
      崇高
      崛起
      巡视
      工业
      工业互联网
      工业企业
      工业化
      工业机器人
      工人
      工会
      工伤
      工伤保险
      工作
      工作人员
      工作任务
      工作会议
      工作体系
      工作作风
      工作力度
      工作回顾
      工作安排
      工作总结
      工作成效
      工作打算
      工作报告
      工作方案
      工作机制
      工作格局
      工作者
      工作计划
      工具
      工匠
      工匠精神
      工厂
      工商业
      工商户
      工商登记
      工商联
      工程
      工程师
      工程建设
      工程项目
      工艺
      工资
      工资制度
      左右
      巨人
      巨大
      巩固
      差别化
      差异化
      差距
      已经
      市人大
      市县
      市场
      市场主体
      市场体系
      市场准入
      市场准入负面清单
      市场化
      市场化改革
      市场化法治化
      市场活力
      市场环境
      市场监管
      市场秩序
      市场竞争
      市场经济
      市场经营主体
      市场需求
      市场预期
      市委
      市属
      市属国企
      市政
      市政协
      市政府
      市民
      市民化
      市级
      市长
      布局
      师生
      希望
      带动
      带头
      带来
      带薪
      带薪休假
      带领
      帮办代办
      帮助
      帮扶
      帮扶政策
      帮扶机制
      常住
      常住人口
      常住人口城镇化率
      常委会
      常态
      常态化
      常态化帮扶
      幅度
      干事
      干事创业
      干净
      干旱
      干流
      干涉
      干部
      干部教育培训
      干部群众
      干部职工
      干预
      平凡
      平原
      平台
      平台企业
      平台建设
      平台经济
      平均
      平均水平
      平安
      平安中国
      平安中国建设
      平安乡村
      平安建设
      平稳
      平稳健康发展
      平等
      平衡
      年产量
      年均
      年度报告
      年限
      年龄
      并且
      并举
      并存
      并用
      并购
      并进
      并重
      幸福
      幸福感
      幼儿
      幼儿园
      广义
      广义货币
      广交会
      广大
      广大人民群众
      广大干部
      广大干部群众
      广播
      广播影视
      广播电视
      广泛
      广电
      广阔
      庆祝
      床位
      库存
      应对
      应急
      应急管理
      应急预案
      应有
      应用
      应用型
      应诉
      底气
      底线
      底线思维
      底色
      府院联动
      废弃
      废弃物
      废止
      废物
      度假
      度假区
      康复
      康复护理
      廉政
      廉政建设
      廉洁
      廉洁政府
      廉租房
      延伸
      延时服务
      延期
      延续
      延迟
      延长
      建军
      建成
      建材
      建立
      建立健全
      建筑
      建筑业
      建筑垃圾
      建筑节能
      建议
      建设
      建设工程
      建设性
      建设者
      建设项目
      建造
      开创
      开办
      开发
      开发区
      开发性
      开启
      开好局
      开局
      开局之年
      开展
      开工
      开拓
      开拓创新
      开拓进取
      开放
      开放共享
      开放发展
      开放合作
      开放型
      开放型经济
      开放型经济水平
      开放平台
      开放枢纽
      开源
      开行
      开辟
      开通
      异地
      异地就医
      异常
      引入
      引发
      引向
      引导
      引擎
      引进
      引领
      引领作用
      弘扬
      弘扬企业家精神
      弱项
      强军
      强农惠农富农政策
      强刺激
      强劲
      强化
      强县
      强国
      强国建设
      强大
      强度
      强烈
      强省建设
      强调
      归侨
      当代
      当前
      当头
      当好
      形势
      形式
      形式主义
      形态
      形成
      形象
      形象工程
      彰显
      影响
      影响力
      影视
      彻底
      征收
      征求意见
      征程
      征管
      待遇
      很多
      很大
      得到
      得来
      循环
      循环利用
      循环经济
      微信公众号
      微型
      微观
      微调
      心头
      心理
      心理健康
      心理健康教育
      必由之路
      必要
      必须
      志愿
      志愿服务
      忠诚
      忧患意识
      快乐
      快递
      快速
      态势
      思想
      思维
      思考
      思路
      急救
      急难
      急需
      性别
      性能
      总书记
      总产
      总产值
      总产量
      总体
      总体国家安全观
      总体布局
      总体平稳
      总体方案
      总体稳定
      总体要求
      总体规划
      总值
      总投资
      总数
      总理
      总结
      总部
      总量
      总需求
      总额
      恢复
      恪尽职守
      患者
      情况
      惠及
      惠民
      惠民生
      惩处
      惩戒
      惩治
      意义
      意志
      意愿
      意见
      意见建议
      意识
      感受
      感恩
      感染
      感谢
      愿望
      慈善
      慈善事业
      慢性病
      成为
      成交额
      成功
      成功率
      成员
      成员国
      成品油
      成套
      成就
      成才
      成效
      成效显著
      成本
      成本上升
      成果
      成熟
      成立
      成绩
      成长
      我们
      我区
      我县
      我国
      我市
      我省
      我镇
      或者
      战斗力
      战略
      战略实施
      战略布局
      战略性
      战略性新兴产业
      战略方针
      战略科技力量
      战略部署
      战胜
      户外
      户籍
      户籍人口城镇化率
      户籍制度
      户籍制度改革
      房价
      房地产
      房地产发展新模式
      房地产市场
      房地产市场调控
      房子
      房屋
      房租
      所得
      所得税
      所有
      所有制
      手机
      手段
      手续
      才能
      扎实
      打下
      打击
      打响
      打基础
      打开
      打破
      打赢
      打通
      打造
      托幼
      托底
      托育
      托育服务
      扛起
      扣除
      执业
      执法
      执法人员
      执法全过程记录
      执法公信力
      执法办案
      执法培训
      执法机关
      执法案卷
      执法检查
      执法监督
      执法程序
      执法行为
      执法证书
      执法资格
      执法辅助人员
      执法部门
      执法队伍
      执行
      执行力
      扩产
      扩大
      扩大内需
      扩容
      扩展
      扩建
      扩张
      扩招
      扩消费
      扩能
      扩面提质
      扫黑
      扫黑除恶
      扫黑除恶斗争
      扭住
      扭转
      扶持
      扶持政策
      扶贫
      扶贫开发
      找准
      承包
      承包地
      承包经营
      承受
      承担
      承接
      承诺
      承载
      承载能力
      技工
      技改
      技改项目
      技术
      技术创新
      技术创新中心
      技术合同成交额
      技术改造
      技术研发
      技术装备
      技能
      抉择
      把握
      抑制
      抓住
      抓好
      抓手
      抓紧
      投产
      投入
      投向
      投放
      投机
      投标
      投融资
      投融资体制改革
      投资
      投资于人
      投资合作
      投资基金
      投资增长
      投资性
      投资者
      投资项目
      投运
      抗击
      抗日战争
      抗旱
      抗灾
      抗震
      折旧
      抚恤
      抢占
      抢险
      抢险救灾
      护理
      护航
      报告
      报酬
      报销
      报销比例
      抵御
      抽水
      担保
      担当
      拆迁
      拉动
      拉动经济增长
      拓宽
      拓展
      拓展中间品贸易
      拔尖
      拖欠
      拖欠企业账款
      招商
      招商引资
      招引
      招投标
      招收
      招标
      招牌
      招生
      招生规模
      拥堵
      拥护
      拥有
      拥有量
      拼搏
      持久
      持久和平
      持之以恒
      持续
      持证上岗
      挂帅
      挂牌
      挂钩
      指导
      指引
      指战员
      指挥
      指数
      指标
      指示
      按时
      按照
      挑大梁
      挑战
      挖掘
      振兴
      振奋
      捍卫
      损失
      损害
      换届
      授权
      掌上办
      掌舵
      排名
      排放
      排放量
      排查
      排查化解
      排查整治
      排污口
      排污权
      排涝
      探测
      探索
      接受
      接口
      接待
      接种
      接续
      接访
      接访下访
      接诉即办
      控制
      控股
      推介
      推出
      推动
      推向
      推广
      推开
      推行
      推进
      措施
      提交
      提供
      提出
      提前
      提升
      提振消费
      提案
      提档升级
      提请
      提速
      提高
      揭榜
      揭榜挂帅
      援助
      援藏
      援藏援疆
      搞好
      搬迁
      搭建
      携手
      摆在
      摘帽
      摩擦
      撬动
      播种面积
      操作
      擘画
      擦亮
      支付
      支出
      支出规模
      支持
      支援
      支撑
      支撑能力
      支柱
      支柱产业
      支柱性
      支点
      支点建设
      支配
      收储
      收入
      收入分配
      收入分配制度
      收入划分
      收入差距
      收入者
      收官
      收官之年
      收支
      收益
      收购
      收购价
      收购存量商品房
      收费
      收集
      改为
      改制
      改变
      改善
      改建
      改征
      改扩建
      改进
      改造
      改造提升
      改造提升传统产业
      改革
      改革开放
      改革方案
      攻关
      攻坚
      攻坚克难
      攻坚战
      攻坚行动
      放到
      放在
      放大
      放宽
      放宽市场准入
      放开
      放心
      放心消费
      放权
      放松
      放水
      放管服
      放管服改革
      放管结合
      放缓
      放量
      政事
      政企
      政务
      政务公开
      政务公开栏
      政务数据
      政务服务
      政务服务中心
      政务服务热线
      政务诚信
      政协
      政协委员
      政协委员提案
      政协提案
      政商
      政府
      政府信息
      政府信息公开
      政府债务
      政府工作
      政府工作人员
      政府工作报告
      政府建设
      政府性基金
      政府性基金预算
      政府投资
      政府服务
      政府机构
      政府治理
      政府法律顾问
      政府管理
      政府系统
      政府网站
      政府职能
      政府职能转变
      政府自身建设
      政府规章
      政府诚信
      政府采购
      政治
      政治建设
      政治执行力
      政治责任
      政治领悟力
      政法
      政策
      政策举措
      政策体系
      政策取向
      政策性
      政策措施
      政策支持
      政策文件
      政策范围
      政策落地
      政策落实
      政策集成
      政绩
      政绩观
      效应
      效果
      效率
      效用
      效益
      效能
      救助
      救助制度
      救援
      救灾
      教学
      教师
      教师队伍
      教师队伍建设
      教育
      教育事业
      教育体系
      教育公平
      教育培训
      教育家精神
      教育强国
      教育改革
      教育经费
      教育质量
      教育资源
      敢于
      敢干
      敬意
      数字
      数字中国
      数字中国建设
      数字化
      数字政府
      数字政府建设
      数字法治
      数字经济
      数字贸易
      数字金融
      数据
      数据共享
      数据安全
      数据要素
      数智化
      数量
      整体
      整体提升
      整合
      整改
      整治
      整省试点
      整顿
      文件
      文体
      文化
      文化事业
      文化交流
      文化产业
      文化产品
      文化企业
      文化传承
      文化传承发展
      文化体育
      文化公园
      文化创意
      文化市场
      文化建设
      文化强省
      文化惠民
      文化惠民工程
      文化活动
      文化节
      文化设施
      文化资源
      文化遗产
      文化遗产保护
      文史
      文学艺术
      文旅体
      文旅融合
      文明
      文明城市
      文明实践
      文明执法
      文物
      文物保护
      文章
      文艺
      文艺精品
      斗争
      断面
      新一轮
      新三样
      新业态
      新业态新模式
      新举措
      新产业
      新优势
      新兴
      新兴产业
      新兴产业发展
      新兴产业集群
      新兴市场
      新兴支柱产业
      新兴领域
      新农合
      新动力
      新区
      新发展格局
      新发展理念
      新发展阶段
      新台阶
      新场景
      新型
      新型举国体制
      新型储能
      新型农业经营主体
      新型农村
      新型国际关系
      新型城镇化
      新型城镇化战略
      新型基础设施
      新型工业化
      新型文化业态
      新型消费
      新型研发机构
      新型经营主体
      新型能源体系
      新城
      新培育
      新增
      新增长点
      新就业形态
      新就业形态人员
      新就业群体
      新居
      新市民
      新建
      新开工
      新形势下
      新征程
      新旧
      新旧动能转换
      新时代
      新机制
      新材料
      新格局
      新模式
      新步伐
      新气象
      新污染物
      新污染物治理
      新版
      新空间
      新突破
      新篇
      新篇章
      新能源
      新能源汽车
      新药
      新质生产力
      新赛道
      新路径
      新进展
      新闻
      新闻出版
      新高
      方位
      方便
      方向
      方式
      方案
      方法
      方略
      方针
      方面
      施政
      旁听庭审
      旅客
      旅游
      旅游业
      旗帜
      无事不扰
      无党派人士
      无废城市
      无愧于
      无效
      无障碍
      既有
      日均
      日常
      日益
      日益增长
      旧账
      时代
      时尚
      时有发生
      时期
      时机
      时空
      时间
      时限
      明年
      明显
      明确
      易发
      易地
      易地扶贫搬迁
      显现
      显示
      显著
      普及
      普惠性
      普惠托育
      普惠金融
      普查
      普法
      普法宣传
      普法责任制
      普法进校园
      普通
      普通高中
      普遍
      景区
      智库
      智慧
      智慧城市
      智慧法治
      智改数转
      智能
      智能体
      智能制造
      智能化
      智能工厂
      智能终端
      智能网联
      暴力
      更为
      更具
      更加
      更好
      更新
      更新改造
      更趋
      替代
      最优
      最低
      最低工资
      最低工资标准
      最低收购价
      最低标准
      最低生活保障
      最大
      最大限度
      最好
      最快
      最高
      有为政府
      有关
      有利
      有利于
      有利条件
      有力
      有力有效
      有序
      有待
      有效
      有效市场
      有效性
      有效投资
      有效率
      有效需求
      有机结合
      有权
      朋友
      服务
      服务业
      服务中心
      服务体系
      服务型
      服务平台
      服务水平
      服务消费
      服务网络
      服务设施
      服务质量
      服务贸易
      服贸会
      期待
      期盼
      期货
      期间
      期限
      未成年人
      未来
      未来产业
      未来产业先导区
      本分
      本届政府
      本科
      本级
      本色
      本质
      本领
      机会
      机关
      机关事业单位
      机制
      机动车
      机器人
      机场
      机构
      机械
      机械化
      机组
      机遇
      机遇期
      权利
      权力
      权力清单
      权威
      权益
      权益保护
      权益保障
      权责清单
      权限
      材料
      村两委
      村委会
      村庄
      村民
      村民委员会
      村级
      村级便民服务站
      村镇
      杠杆
      条件
      条例
      来之不易
      松紧
      松绑
      板块
      极不平凡
      极其
      极大
      极端
      极限思维
      构建
      构筑
      林下
      林业
      林区
      林场
      林长制
      果断
      枢纽
      枫桥
      枫桥经验
      柔性
      查处
      柴油
      标准
      标准体系
      标准化
      标准化建设
      标志
      标志性
      标志性项目
      标本兼治
      标杆
      标识
      树立
      校企
      校区
      校园
      校外培训
      样板
      核准
      核心
      核心产业
      核心区
      核心技术
      核心竞争力
      核电
      核算
      根基
      根据
      根本
      根本保障
      根本利益
      根本动力
      根治
      格局
      框架
      案件
      案例
      案卷
      案卷评查
      档案
      梦想
      梯度
      梯次
      梯队
      检察院
      检查
      检测
      检验
      检验检测
      棚户区
      棚户区住房改造
      棚户区改造
      森林
      森林草原
      森林覆盖率
      森林防火
      植树
      楼堂馆所
      楼宇
      楼市
      概念
      概念验证
      概念验证中心
      模型
      模式
      模范
      模范城
      横向
      欠发达
      欠发达地区
      欠薪
      止跌
      止跌回稳
      正义
      正在
      正常
      正式
      正当
      正确
      正规化
      此外
      步伐
      武器装备
      武装警察
      武警部队
      歧视
      死亡
      残奥会
      残疾
      残疾人
      残疾人合法权益
      残疾预防
      殡葬
      母机
      母港
      比例
      比率
      比较
      比重
      毕业生
      毗邻
      毫不
      毫不动摇
      毫不放松
      民主
      民主党派
      民主决策
      民主法治示范村
      民主监督
      民企
      民办教育
      民心
      民心工程
      民意
      民族
      民族区域
      民族团结
      民族地区
      民族复兴
      民族复兴伟业
      民族宗教
      民法典
      民法典宣传月
      民生
      民生保障
      民生实事
      民生底线
      民生改善
      民生福祉
      民生项目
      民生领域
      民用
      民航
      民营
      民营企业
      民营经济
      民营经济促进条例
      民营经济促进法
      民营经济发展
      民间
      民间投资
      民间资本
      气体
      气候
      气候变化
      气象
      气象服务
      气质
      氛围
      氢能
      氨氮
      氮氧化物
      水产
      水价
      水体
      水利
      水利工程
      水利建设
      水土流失
      水平
      水库
      水污染
      水泥
      水源
      水电
      水电路气
      水稻
      水网
      水质
      水资源
      水运
      水道
      永久
      求实效
      求真务实
      汇市
      汇率
      汇聚
      江河
      污染
      污染源
      污染物
      污染防治
      污染防治攻坚战
      污水
      污水处理
      汽车
      沉淀
      沉着
      沟通
      没有
      河流
      河湖
      河湖长制
      河长制
      油料
      油气
      治军
      治本
      治本攻坚
      治污
      治理
      治理体系
      治理机制
      治理水平
      治理现代化
      治理现代化水平
      治理能力
      治理能力现代化
      治疗
      沿江
      沿海
      沿线
      沿边
      法人
      法制
      法制审核
      法定
      法律
      法律咨询
      法律意见
      法律意见书
      法律援助
      法律文书
      法律明白人
      法律服务
      法律法规
      法律监督
      法律知识
      法律素养
      法律素质
      法律讲座
      法律进乡村
      法律顾问
      法律顾问制度
      法律风险
      法治
      法治中国
      法治乡村
      法治副校长
      法治化
      法治化营商环境
      法治型
      法治培训
      法治宣传
      法治宣传教育
      法治建设
      法治思想
      法治意识
      法治政府
      法治政府建设
      法治政府建设工作
      法治政府示范创建
      法治教育
      法治文化
      法治机关
      法治环境
      法治督察
      法治素养
      法治观念
      法治讲座
      法规
      法院
      波动
      注入
      注册
      注册制
      注意
      注重
      洪水
      洪涝
      活力
      活动
      活化
      活水
      活跃
      派出所
      流动
      流动性
      流向
      流域
      流失
      流程
      流转
      流通
      流量
      测绘
      测评
      测试
      浓厚
      浓度
      浪潮
      浪费
      浮动
      海上
      海上风电
      海关
      海内外
      海内外中华儿女
      海南自由贸易港
      海域
      海外
      海外仓
      海外侨胞
      海岛
      海岛县
      海峡
      海洋
      海洋权益
      海洋经济
      海洋经济发展
      海绵
      海绵城市
      海运
      海防
      消化
      消博会
      消纳
      消耗
      消费
      消费升级
      消费品
      消费品以旧换新
      消费季
      消费意愿
      消费新业态新模式
      消费潜力
      消费环境
      消费税
      消费者
      消费者权益
      消费能力
      消费需求
      消防
      消防安全
      消除
      涉企
      涉企收费
      涉企检查
      涉企行政检查
      涉农
      涉及
      涉外
      涌现
      涨幅
      涵养
      淘汰
      淮河流域
      深入
      深刻
      深化
      深层次
      深度
      深度融合
      深挖
      深海
      深空
      深耕
      深远
      混合
      混合所有制改革
      清单
      清廉
      清正廉洁
      清洁
      清洁能源
      清理
      清算
      清醒
      清醒认识
      清零
      渐进式
      渔业
      渠道
      温室
      温暖
      港人治港
      港区
      港口
      港澳
      港澳台
      游客
      湖泊
      湿地
      源头
      源头治理
      溯源
      滚动
      满意
      满意度
      满足
      演出
      演艺
      演艺经济
      漫灌
      潜力
      潜在
      潜能
      潮流
      澳人治澳
      澳门
      澳门特别行政区
      激励
      激励政策
      激励机制
      激发
      激发市场主体活力
      激发民间投资活力
      激活
      灌区
      灌溉
      灌溉面积
      火灾
      灵活
      灵活就业
      灵活就业人员
      灵活性
      灾后恢复重建
      灾害
      点位
      热情
      热潮
      热点
      热点问题
      热线
      焕发
      煤炭
      煤电
      照护
      照护服务
      燃料
      燃气
      燃气安全
      燃油
      燃煤
      爬坡
      爬坡过坎
      爱国卫生
      爱国卫生运动
      爱国者
      片区
      牢固
      牢牢
      牢记
      牢记嘱托
      物业
      物价
      物价上涨
      物流
      物流体系
      物流成本
      物种
      物联网
      物质
      物资
      牵头
      牵引
      牵引作用
      特别
      特别国债
      特区
      特区政府
      特困
      特困人员
      特大
      特大事故
      特大城市
      特征
      特殊
      特殊困难
      特殊教育
      特点
      特色
      特色产业
      特色产业集群
      特色优势产业
      特色化
      特高压
      犯罪
      犯罪活动
      状况
      状态
      狠抓
      独特
      独特优势
      独立自主
      独角兽
      独角兽企业
      率先
      玉米
      环保
      环境
      环境保护
      环境污染
      环境治理
      环境质量
      环节
      现代
      现代企业制度
      现代农业
      现代农业产业园
      现代化
      现代化产业体系
      现代化人民城市
      现代化建设
      现代化水平
      现代服务业
      现代物流
      现代职业教育
      现代职业教育体系
      现代设施农业
      现场
      现实
      现有
      现行
      现象
      班列
      理念
      理论
      理顺
      生产
      生产力
      生产安全事故
      生产安全事故起数
      生产性
      生产性服务业
      生产总值
      生产总值增长
      生产率
      生产生活
      生产生活方式
      生产能力
      生产要素
      生动
      生命
      生命周期
      生命安全
      生命科学
      生命线
      生命财产
      生态
      生态产品价值实现
      生态保护
      生态保护修复
      生态保护补偿
      生态修复
      生态圈
      生态建设
      生态文明
      生态文明建设
      生态环保
      生态环境
      生态环境保护
      生态环境综合治理
      生态环境质量
      生态系统
      生态补偿机制
      生效
      生机
      生活
      生活品质
      生活圈
      生活垃圾
      生活性服务业
      生活方式
      生活污水
      生活补助
      生物
      生物制造
      生物医药
      生物多样性
      生物多样性保护
      生猪
      生育
      生育支持
      生育支持政策
      用于
      用人单位
      用作
      用力
      用品
      用地
      用心
      用户
      用来
      用水
      用电
      用药
      由于
      申遗
      电价
      电信
      电信网络诈骗
      电力
      电动
      电动自行车
      电厂
      电商
      电子
      电子信息
      电子商务
      电子证照
      电工
      电影
      电影节
      电梯
      电池
      电磁
      电站
      电网
      电视
      畅通
      留出
      留学
      留守
      留守儿童
      留抵退税
      畜牧业
      畜禽
      疏解
      疏通
      疫情
      疫情冲击
      疫情防控
      疫病
      疫病防控
      疫苗
      疾病
      疾病预防控制
      瘦身
      癌症
      登记
      百业
      百姓
      百年变局
      盐碱地
      监委
      监察
      监察监督
      监控
      监测
      监测预警
      监督
      监督制约
      监督检查
      监管
      监管责任
      盘活
      盘活利用
      盘活存量
      目前
      目录
      目标
      目标任务
      目的
      目的地
      盲目
      直接
      直接结算
      直播
      直管
      直达
      直面
      相互促进
      相关
      相匹配
      相对
      相机
      相机调控
      相结合
      相继
      相适应
      省人大
      省人民政府
      省份
      省会
      省内
      省区
      省区市
      省委
      省属
      省市
      省政协
      省政府
      省级
      省级政府
      省级统筹
      省运会
      省长
      省际
      看到
      看病
      真抓实干
      真正
      着力
      着力点
      着眼
      着重
      督察
      督导
      督查
      督查检查考核
      瞩目
      矛盾
      矛盾纠纷
      矛盾纠纷多元化解
      矛盾纠纷排查
      矛调中心
      知名
      知识
      知识产权
      知识产权保护
      短剧
      短期
      短板
      短板弱项
      石化
      石油
      石漠化
      矿山
      矿山安全
      码头
      研判
      研制
      研发
      研发中心
      研发应用
      研发投入
      研发机构
      研发经费
      研发费用加计扣除
      研究
      研究院
      砥砺
      砥砺前行
      破产
      破解
      破除
      硬道理
      确保
      确定
      确定性
      确权
      确立
      碧水
      碧水保卫战
      碳中和
      碳市场
      碳排放强度
      碳排放权交易
      碳达峰
      磅礴
      示范
      示范创建
      示范区
      示范基地
      示范村
      社会
      社会主义
      社会主义现代化
      社会事业
      社会保持和谐稳定
      社会保险
      社会保险基金预算
      社会保障
      社会保障体系
      社会保障制度
      社会保障水平
      社会信用体系
      社会信用体系建设
      社会公平正义
      社会养老保险
      社会力量
      社会化
      社会各界
      社会和谐稳定
      社会大局
      社会大局保持稳定
      社会工作
      社会建设
      社会救助
      社会救助体系
      社会文明程度
      社会治安
      社会治安整体防控
      社会治安综合治理
      社会治安防控体系
      社会治理
      社会治理中心
      社会治理现代化
      社会消费品
      社会生产力
      社会矛盾
      社会科学
      社会稳定
      社会管理
      社会组织
      社会融资规模
      社会资本
      社会预期
      社保
      社区
      社区养老
      社区卫生
      社区治理
      社区矫正
      祖国
      祖国统一
      票根
      禁毒
      禁渔
      福利
      福祉
      离境
      离境退税
      离岸
      秉持
      种业
      种业振兴
      种养
      种子
      种植
      种类
      种粮
      种粮农民
      科创平台
      科学
      科学决策
      科学发展观
      科学城
      科学家
      科学性
      科学管理
      科技
      科技人才
      科技企业
      科技体制
      科技体制改革
      科技创新
      科技创新中心
      科技创新能力
      科技园
      科技型
      科技型中小企业
      科技型企业
      科技强国
      科技成果
      科技成果转化
      科技支撑
      科技攻关
      科技自立自强
      科技评价
      科技进步
      科技重大专项
      科技金融
      科技领军企业
      科教
      科教兴国
      科教融汇
      科研
      科研人员
      科研机构
      科研院所
      科研项目
      租房
      租赁
      租赁住房
      秩序
      积极
      积极性
      积极进取
      积水
      积累
      称号
      秸秆
      移动
      移风易俗
      程序
      程度
      税制
      税收
      税收优惠政策
      税收征管
      税收政策
      税率
      税负
      税费
      税费减免
      税额
      稳中有升
      稳中有进
      稳中有降
      稳中求进
      稳产
      稳企业
      稳住
      稳健
      稳健的货币政策
      稳固
      稳增长
      稳外贸
      稳外资
      稳妥
      稳定
      稳定性
      稳定房地产市场
      稳定物价
      稳就业
      稳居
      稳市场
      稳楼市
      稳步
      稳物价
      稳经济
      稳股市
      稳预期
      稻谷
      空气
      空气质量
      空间
      空间布局
      空间规划
      空防
      穿透
      突出
      突出问题
      突发
      突发事件
      突破
      突破性
      窗口
      立体
      立体化
      立德
      立德树人
      立法
      立足
      站点
      竞争
      竞争优势
      竞争力
      竞争新优势
      竞技
      竞技体育
      竞相
      符合
      符合条件
      第一责任人
      第三方
      笼子
      等级
      答卷
      策划
      筛查
      筹办
      筹建
      筹措
      筹资
      筹集
      签约
      签署
      简化
      简政
      简政放权
      简易
      算力
      管制
      管好
      管护
      管控
      管理
      管理体制
      管理体制改革
      管理体系
      管理制度
      管理改革
      管理机制
      管理水平
      管网
      管道
      篇章
      篮子
      粤港澳
      粤港澳大湾区
      粤港澳大湾区建设
      粮仓
      粮油
      粮食
      粮食产量
      粮食安全
      粮食播种面积
      粮食生产
      精准
      精准脱贫
      精力
      精品
      精彩
      精心
      精深
      精神
      精神卫生
      精神文明
      精神文明建设
      精简
      精细
      精细化
      系列
      系列活动
      系统
      系统性
      系统性风险
      系统治理
      系统集成
      素养
      素质
      紧密
      紧密团结
      紧密型
      紧密型县域医共体
      紧密结合
      紧张
      紧扣
      紧抓
      紧日子
      紧盯
      紧紧
      紧缺
      紧要
      紧迫
      累积
      累计
      繁荣
      繁荣发展
      繁荣发展文化事业
      繁重
      纠正
      纠纷
      纠纷调解
      纠错
      红利
      红十字
      红线
      红色
      红色文化
      纤维
      约束
      约法三章
      纪委
      纪委监察
      纪律
      纪念
      纪检监督
      纯收入
      纲要
      纲要草案
      纳入
      纳税
      纳税人
      纵向
      纵深
      纺织
      纽带
      线下
      线路
      练兵
      练兵备战
      组合
      组合拳
      组团
      组建
      组织
      组织领导
      细分
      细化
      细管
      细胞
      细颗粒物
      终端
      终身
      经典
      经受
      经常
      经得起
      经济
      经济下行压力
      经济体制
      经济体制改革
      经济体系
      经济全球化
      经济区
      经济发展
      经济合作
      经济困难
      经济圈
      经济增加值
      经济增速
      经济增长
      经济增长预期目标
      经济外交
      经济实力
      经济工作
      经济布局
      经济带
      经济平稳较快发展
      经济平稳运行
      经济建设
      经济总量
      经济恢复
      经济持续健康发展
      经济治理
      经济活力
      经济社会
      经济社会发展
      经济结构
      经济结构调整
      经济转型
      经济运行
      经济高质量发展
      经理人
      经营
      经营主体
      经营性
      经营机制
      经营权
      经营者
      经贸
      经贸合作
      经费
      经费保障
      经费支出
      经验
      结余
      结合
      结合实际
      结对
      结束
      结构
      结构性
      结构性减税
      结构性矛盾
      结构性问题
      结构调整
      结果
      结案
      结案率
      结算
      给予
      绝不
      绝对
      统一
      统一大业
      统一大市场
      统筹
      统筹兼顾
      统筹发展和安全
      统管
      统计
      统计监督
      统领
      继续
      绩效
      绩效管理
      续建
      续建项目
      维和
      维护
      综保区
      综合
      综合体
      综合保税区
      综合利用
      综合国力
      综合性
      综合执法
      综合改革
      综合改革试点
      综合整治
      综合服务体系
      综合服务平台
      综合治理
      综合生产能力
      综合考虑
      综合融资成本
      综合行政执法
      综合试点
      综合试验区
      综治
      综治中心
      绿化
      绿地
      绿水青山
      绿色
      绿色低碳
      绿色低碳发展
      绿色低碳转型
      绿色化
      绿色发展
      绿色消费
      绿色经济
      绿色贸易
      绿色转型
      绿色金融
      缓解
      编制
      缩减
      缩小
      缩短
      缴费
      网上
      网格
      网格化
      网格化管理
      网格员
      网格工作
      网络
      网络安全
      罕见
      置换
      美丽
      美丽中国
      美丽中国先行区
      美丽乡村
      美丽河湖
      美好
      美好未来
      美好生活
      美食
      群众
      群众体育
      群众关切
      群众利益
      群众反映
      群众反映强烈
      群众安全感
      群众性
      群众接待
      群众监督
      群众身边
      群体
      翻番
      老人
      老化
      老区
      老年
      老年人
      老旧小区
      老旧小区改造
      老龄
      考古
      考察
      考核
      考核机制
      考核评价
      考虑
      考评
      考试
      考试招生
      而且
      耐心
      耐心资本
      耕地
      耕地保护
      耗材
      职业
      职业伤害保障
      职业伤害保障试点
      职业技能
      职业技能培训
      职业技能提升
      职业技能提升培训
      职业教育
      职业资格
      职务
      职务科技成果赋权
      职工
      职工基本
      职普融通
      职称
      职能
      职能部门
      职责
      职责分工
      联农带农
      联动
      联动机制
      联合
      联合体
      联合国
      联控
      联盟
      联系
      联网
      联运
      联通
      联防
      联防联控
      聚变
      聚合
      聚焦
      聚集
      股份制
      股市
      股权
      股权投资
      股票
      肯定
      育儿
      育儿补贴
      育种
      肺炎
      背街
      胜利
      能力
      能够
      能效
      能源
      能源安全
      能级
      能耗
      能耗强度
      脑机接口
      脱贫
      脱贫人口
      脱贫地区
      脱贫攻坚
      脱贫攻坚成果
      腐败
      腐败分子
      腐败问题
      自主
      自主权
      自信
      自发
      自审
      自审自发
      自建房
      自律
      自愿
      自我革命
      自查自纠
      自治
      自然
      自然保护地
      自然灾害
      自然资源
      自由
      自由化
      自由贸易
      自由贸易区
      自由贸易试验区
      自立自强
      自行车
      自觉
      自豪
      自贸区
      自贸协定
      自贸试验区
      自身
      至上
      致力
      致富
      致贫
      致远
      舆论
      舆论监督
      舒心
      舞台
      航天
      航空
      航空航天
      航线
      航运
      航道
      船舶
      良好
      良好开局
      良好环境
      良性
      良性互动
      良性循环
      良种
      艰巨
      艰苦
      艰辛
      艰难险阻
      艺术
      节奏
      节水
      节点
      节约
      节能
      节能减排
      节能环保
      节能环保产业
      节能降碳
      芯片
      花园
      若干
      英才
      范围
      草原
      草案
      荒漠化
      药品
      药品安全
      药品监管
      药械
      药物
      获取
      获得
      获得感
      获评
      菜篮子
      萌芽状态
      营业
      营业执照
      营业税
      营养
      营商
      营商环境
      营商环境优化
      营改增
      营造
      营销
      落后
      落地
      落实
      落户
      蓝图
      蓝天
      蓝天保卫战
      蓝色
      蓬勃
      蓬勃发展
      蓬勃开展
      蔓延
      蔬菜
      蕴藏
      薄弱
      薄弱学校
      薄弱环节
      薪酬
      虚假
      融入
      融入新发展格局
      融合
      融合发展
      融资
      融资平台
      融资成本
      融资担保
      融资难
      融通
      血液
      血脉
      行业
      行业企业
      行业协会
      行为
      行使
      行列
      行动
      行动方案
      行动计划
      行径
      行政
      行政事业性收费
      行政决策程序
      行政区
      行政合法性审查
      行政处罚
      行政处罚决定
      行政复议
      行政复议决定
      行政审批
      行政审批事项
      行政应诉
      行政强制
      行政执法
      行政执法人员
      行政执法公示
      行政执法协调监督
      行政执法监督
      行政执法证
      行政执法证书
      行政执法质量
      行政机关
      行政机关负责人
      行政村
      行政检查
      行政法规
      行政监察
      行政监督
      行政裁量权
      行政许可
      行政诉讼
      行政调解
      行政长官
      行稳致远
      衔接
      街区
      街道
      补偿
      补偿机制
      补充
      补助
      补助标准
      补短
      补短板
      补贴
      补贴制度
      补齐
      表彰
      表明
      表示
      表达
      衷心
      衷心感谢
      裁员
      装备
      装备制造业
      装机
      装置
      西南
      西部
      西部大开发
      西部陆海新通道
      要求
      要素
      覆盖
      覆盖率
      覆盖范围
      覆盖面
      见效
      观念
      观政
      规上工业
      规上工业企业
      规划
      规划目标
      规划目标任务
      规划纲要
      规则
      规定
      规律
      规模
      规模以上
      规模以上工业
      规模化
      规模化应用
      规模性
      规模性返贫
      规模经营
      规章
      规范
      规范化
      规范性文件
      规范性文件备案
      视听
      视察
      视野
      视频
      解决
      解放
      解放军
      计划
      计划生育
      计征
      计算
      计算机
      计量
      订单
      认定
      认真
      认证
      认识
      议案
      许可
      许多
      论坛
      设区
      设区市
      设备
      设备更新
      设定
      设施
      设立
      设置
      设计
      证券
      证券化
      证明
      证照
      证照分离
      评为
      评价
      评价体系
      评估
      评审
      评查
      识别
      诈骗
      诉前调解
      诉求
      诉源治理
      诉调对接
      诊疗
      试点
      试点任务
      试点城市
      试点工作
      试验
      试验区
      诚信
      诚挚
      说明
      请予
      请予审议
      诸多
      课后服务
      课程
      课题
      谁执法谁普法
      调入
      调减
      调剂
      调动
      调处化解
      调度
      调控
      调整
      调整优化
      调查
      调结构
      调节
      调解
      调解员
      调解委员会
      调解组织
      谈判
      谋划
      谋发展
      谱写
      负增长
      负担
      负责
      负责人
      负责任
      负责任大国
      负责制
      负面
      负面清单
      贡献
      贡献率
      财产
      财产权
      财会
      财会监督
      财力
      财富
      财政
      财政性
      财政投入
      财政支出
      财政收入
      财政收支
      财政收支矛盾
      财政政策
      财政补助标准
      财政资金
      财政赤字
      财政金融
      财政预算
      财税
      财税体制改革
      财税金融体制改革
      责任
      责任制
      责任清单
      败诉
      账户
      账款
      货币
      货币供应量
      货币信贷
      货币政策
      货币政策工具
      货物
      货物贸易
      货物进出口
      货车
      货运
      质量
      质量和效益
      质量强国
      质量效益
      贫困
      贫困人口
      贫困县
      贫困地区
      购房
      购物
      购置
      贯彻
      贯彻落实
      贯穿
      贯通
      贴息
      贵在
      贷款
      贷款余额
      贷款利率
      贸易
      贸易创新发展
      费用
      资产
      资助
      资本
      资本市场
      资本金
      资格
      资格管理
      资源
      资源化
      资源型
      资源性
      资源环境
      资源税
      资源统筹
      资源配置
      资质
      资费
      资金
      资金使用
      资金链
      赋予
      赋权
      赛事
      赛事经济
      赛道
      赢得
      赤字
      赤字率
      走出
      走出去
      走势
      走向
      走和平发展道路
      走在全国前列
      走在前列
      走廊
      走廊建设
      走深走实
      走过
      起征点
      起步
      起点
      超低
      超前
      超大
      超大城市
      超大规模
      超级
      超过
      超长期特别国债
      越来越
      趋于
      趋势
      足球
      足迹
      足额
      跃上
      跃升
      跃居
      跟着
      跨区域
      跨周期调节
      跨国
      跨国公司
      跨境
      跨境电商
      跨境贸易
      跨省
      跨省通办
      跨越
      跨部门
      路上
      路子
      路径
      路线
      路网
      践行
      跻身
      身心健康
      身边
      车辆
      轨道
      轨道交通
      转为
      转化
      转化应用
      转变
      转向
      转型
      转型升级
      转换
      转方式
      转移
      转移支付
      转移支付制度
      软件
      轻微违法
      载人
      载人航天
      载体
      较大
      辉煌
      辐射
      辐射带动
      辐射带动作用
      输入
      输入性
      辖区
      辜负
      边境
      边疆地区
      边远
      达到
      达标
      迁入
      过剩
      过渡期
      过程
      过紧日子
      迈出
      迈出坚实步伐
      迈向
      迈进
      迎接
      迎来
      迎难而上
      运作
      运动
      运动会
      运河
      运用
      运营
      运营公司
      运营里程
      运行
      运输
      近岸
      返乡
      返乡创业
      返贫
      返贫致贫
      返还
      还有
      进一步
      进入
      进出口
      进出口总额
      进博会
      进取
      进口
      进城
      进展
      进度
      进步
      进社区
      进程
      进行
      远程
      违法
      违法犯罪
      违法犯罪活动
      违纪
      违规
      连年
      连片
      连续
      连续性
      连锁
      迫切
      迭代
      迭代升级
      述法
      述职述法
      迸发
      追求
      追溯
      追究
      退休
      退休年龄
      退出
      退役军人
      退役军人事务
      退役军人就业
      退役军人服务保障
      退税
      退耕还林
      退耕还林还草
      适应
      适度
      适度规模经营
      适当
      适时
      适用
      适老化
      适老化改造
      适配
      逆周期调节
      选择
      透明
      逐年
      逐步
      通信
      通关
      通勤
      通水
      通用
      通电
      通胀
      通航
      通行
      通货膨胀
      通车
      通车里程
      通过
      通道
      速度
      造就
      造成
      造林
      造福
      遇到
      遏制
      道德
      道路
      道路交通
      道路交通安全
      遗址
      遗留问题
      遵守
      遵循
      避免
      避险
      邓小平理论
      邮轮
      部分
      部署
      部门
      部队
      都市
      都市圈
      配合
      配套
      配套政策
      配套设施
      配置
      配送
      采取
      采购
      释放
      里程
      重中之重
      重任
      重塑
      重复
      重大
      重大产业项目
      重大任务
      重大传染病
      重大决策
      重大工程项目
      重大成就
      重大成果
      重大战略
      重大战略任务
      重大政策
      重大水利工程
      重大科技基础设施
      重大科技项目
      重大突破
      重大行政决策
      重大进展
      重大项目
      重大项目建设
      重大风险
      重度
      重度残疾人
      重建
      重托
      重拳
      重构
      重点
      重点人员
      重点任务
      重点工作
      重点群体
      重点项目
      重点高校
      重特大
      重特大事故
      重组
      重要
      重要农产品
      重要思想
      重要战略机遇期
      重要指示
      重要指示批示精神
      重要讲话
      重要讲话精神
      重要领域
      重视
      量产
      量力而行
      量化
      量子
      量子科技
      金砖
      金融
      金融中心
      金融五篇大文章
      金融体制
      金融体制改革
      金融体系
      金融危机
      金融安全
      金融工具
      金融市场
      金融强国
      金融支持
      金融改革
      金融服务
      金融机构
      金融监管
      金融资产
      金融领域
      金融领域风险
      金融风险
      金额
      针对性
      钢铁
      铁路
      银发
      银发经济
      银行
      铸就
      铺张浪费
      链博会
      链接
      链条
      销售
      销售额
      锐意进取
      错综复杂
      锚定
      锲而不舍
      锻造
      镇党委
      镇政府
      镇村
      镇村干部
      镇级
      长三角
      长三角一体化
      长效
      长效机制
      长期
      长期护理保险
      长期护理保险制度
      长期稳定
      长期贷款
      长江
      长江经济带
      长江经济带发展
      长远
      长远发展
      门槛
      门诊
      闭环
      问题
      问题整改
      闲置
      阅读
      阐释
      队伍
      防御
      防控
      防止
      防止返贫
      防汛
      防治
      防洪
      防火
      防灾
      防灾减灾
      防灾减灾救灾
      防灾减灾能力
      防疫
      防空
      防线
      防范
      防范化解
      防风险
      阳光
      阳光政府
      阵地
      阵痛
      阶段
      阶段性
      附加
      附加值
      陆海
      降低
      降准
      降到
      降息
      降本增效
      限制
      限制性
      限度
      院区
      院士
      院所
      院校
      除恶
      除险
      隆重
      随机
      随着
      随迁
      随迁子女
      隐性
      隐性债务
      隐患
      隐患排查
      障碍
      难关
      难度
      难点
      难题
      雄厚
      雄安新区
      集中
      集中整治
      集中统一
      集体
      集体林权
      集体经济
      集体讨论决定
      集团
      集成
      集成电路
      集约
      集结
      集群
      集聚
      集聚区
      集装箱
      集资
      零售
      零售总额
      零售额
      零基
      零基预算改革
      零工
      零碳
      零碳园区
      零碳工厂
      零部件
      需氧量
      需求
      需要
      青少年
      青年
      青年人才
      青年科技人才
      靓丽
      非公有制
      非公有制经济
      非公有制经济发展
      非化石能源
      非正式
      非法
      非法金融活动
      非物质文化遗产
      非税
      面临
      面向
      面对
      面广
      面积
      面貌
      革命
      革命化
      革命老区
      韧性
      韧性城市
      顶住
      项目
      顺利
      顺差
      顺应
      颁证
      预报
      预料
      预期
      预期目标
      预案
      预算
      预算内
      预算决算
      预警
      预计
      预调
      预防
      领先
      领军
      领军企业
      领土
      领土完整
      领域
      领导
      领导人
      领导人会晤
      领导包案
      领导小组
      领导干部
      领导干部学法
      领导干部接访
      领导班子
      领悟
      领悟力
      领航
      领跑
      频发
      颗粒物
      额度
      颠覆性
      风光
      风尚
      风电
      风貌
      风险
      风险化解
      风险挑战
      风险评估
      风险防控
      风险防范
      风险隐患
      飞地
      飞机
      食品
      食品安全
      食品药品
      食品药品监管
      食物
      餐桌
      餐饮
      饭碗
      饮水
      饮水安全
      首个
      首位
      首创
      首创精神
      首发
      首发经济
      首届
      首批
      首次
      首要
      首要任务
      首违不罚
      首都
      香港
      香港特别行政区
      马上
      驱动
      驾驶
      验证
      骨干
      高中
      高中阶段
      高举
      高于
      高产
      高位
      高压
      高品质
      高品质生活
      高地
      高层建筑
      高层次
      高峰
      高峰论坛
      高度
      高度一致
      高度自治
      高技术
      高技术产业
      高技术制造业
      高技能
      高技能人才
      高排放
      高效
      高效办成一件事
      高效化
      高效能
      高效能治理
      高教
      高新
      高新区
      高新技术
      高新技术产业
      高新技术企业
      高标准
      高标准农田
      高标准农田建设
      高校
      高校毕业生
      高校毕业生就业
      高水平
      高水平安全
      高水平对外开放
      高水平开放
      高温
      高端
      高端装备
      高端装备制造
      高等
      高等教育
      高等院校
      高素质
      高考
      高耗能
      高职
      高职院校
      高能级
      高质量
      高质量充分就业
      高质量发展
      高质量发展行动
      高质量教育体系
      高质量数据集
      高起点
      高速
      高速公路
      高速铁路
      高铁
      高频
      高风险
      魅力
      鲜明
      黄河
      黄河流域
      黑臭水体
      鼓励
      鼓舞
      齐心协力
      龙头
      龙头企业
      """#
    ),
    (
      "evidence-verbs",
      #"""
      # evidence-verbs.txt: verbs of work done (完成, 举办, 印发 …). Read by the comparison's follow-up of
      # commitments: a review passage matching a commitment is evidence that the work was done when it
      # holds a figure in digits or one of these verbs, and only mentions the commitment otherwise.
      # The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      举办
      出台
      制定
      印发
      取得
      召开
      完成
      实现
      建立
      开展
      成立
      新增
      组织
      """#
    ),
    (
      "frequency-periods",
      #"""
      # frequency-periods.txt: periods of the year after 每 (每季度, 每个月, 每半年), with how many a
      # year holds. Read by StatementExtractor's plan sentences (每季度至少专题研究一次 commits) and by the
      # comparison of periodic aims (judged over the year: 4 a year for 每季度). 每年 counts only before a
      # count and a unit of how often (frequency-units.txt): 每年开展评查2次以上. Longest word first, so the
      # order does not matter.
      # Two columns: how many a year holds, a tab, the period.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      1	年
      12	月
      2	半年
      4	季
      4	季度
      52	周
      """#
    ),
    (
      "frequency-units",
      #"""
      # frequency-units.txt: units of how often after a small count (一次, 2轮, 三场次). Read by
      # StatementExtractor's plan sentences and the comparison of periodic aims, with frequency-periods.txt:
      # 每月开展一次排查 sets an aim per period. Longest word first, so the order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      回
      场
      场次
      期
      次
      轮
      """#
    ),
    (
      "hedge-words",
      #"""
      # hedge-words.txt: words saying how widespread a problem is, not what it is about (部分, 个别,
      # 仍然). Read by the comparison's repeated problems: they are cut from a problem before its concern
      # is set against the next year's problems, so 部分干部 and 个别干部 name one concern. Longest word
      # first, so the order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一些
      个别
      仍然
      依然
      少数
      有的
      部分
      """#
    ),
    (
      "intensity-words",
      #"""
      # intensity-words.txt: adverbs that grade how strongly a commitment is worded.
      # Columns (TAB separated): word<TAB>class
      #   class  further (进一步, 更加) | continue (继续, 持续, 坚持) | comprehensive (全面, 全方位) |
      #          strong (大力, 着力, 切实, 积极, 扎实, 深入) | firm (坚决, 严格) |
      #          steady (稳步, 稳妥, 有序) | leading (率先, 先行先试)
      # The word usually stands right before a commitment verb (进一步加强, 坚决遏制).
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一以贯之	continue
      下大力气	strong
      不断	continue
      严厉	firm
      严格	firm
      久久为功	continue
      从严	firm
      依法	firm
      充分	strong
      先行先试	leading
      全力	strong
      全方位	comprehensive
      全覆盖	comprehensive
      全过程	comprehensive
      全链条	comprehensive
      全面	comprehensive
      决不	firm
      切实	strong
      加力	strong
      加大	strong
      加快	strong
      务必	firm
      努力	strong
      千方百计	strong
      坚决	firm
      坚定不移	firm
      坚持	continue
      大力	strong
      奋力	strong
      始终	continue
      扎实	strong
      持续	continue
      更加	further
      更大力度	further
      更好	further
      有力	strong
      有序	steady
      有效	strong
      毫不动摇	firm
      深入	strong
      率先	leading
      着力	strong
      积极	strong
      稳妥	steady
      稳慎	steady
      稳步	steady
      系统	comprehensive
      绝不	firm
      统筹	comprehensive
      继续	continue
      认真	strong
      进一步	further
      适度	steady
      逐步	steady
      首创	leading
      """#
    ),
    (
      "last-year-average-words",
      #"""
      # last-year-average-words.txt: words between last year's level and a stated change that make the change an
      # average, not this year's (300 件，比上年的 200 件年均增长 …). Read by the rule
      # change-matches-last-year: such a change is not checked against the two levels. The order does
      # not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      平均
      年均
      """#
    ),
    (
      "last-year-words",
      #"""
      # last-year-words.txt: words that name the year before (上年, 去年, 同期 …).
      # Read by the rule change-matches-last-year: the words between a stated change and the
      # level after it (同比增长 6.0%（上年 232 起）) or before it must name the year before
      # for that level to be taken as last year's.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      上一年
      上年
      去年
      同期
      """#
    ),
    (
      "level-joins",
      #"""
      # level-joins.txt: verbs that join a start level to an end level (由 232 起增加到 250 起,
      # 从 5% 降至 3%): up (增加到, 提高至 …) or down (减少到, 降至 …). Read by the rule
      # change-matches-levels: the word ending the words between the two levels must agree with
      # the numbers (由 232 起增加到 220 起 is wrong); a join in neither list (到, 至) says no
      # direction. A word is taken when the join ends with it, so the order does not matter.
      # Two columns: up or down, a tab, the word.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      down	下降到
      down	下降至
      down	减少到
      down	减少至
      down	减至
      down	压减到
      down	压减至
      down	回落到
      down	回落至
      down	缩减到
      down	缩减至
      down	缩小到
      down	缩小至
      down	降低到
      down	降低至
      down	降至
      up	上升到
      up	上升至
      up	升至
      up	增加到
      up	增加至
      up	增至
      up	增长到
      up	增长至
      up	扩大到
      up	扩大至
      up	提升到
      up	提升至
      up	提高到
      up	提高至
      """#
    ),
    (
      "levels-average-words",
      #"""
      # levels-average-words.txt: words right before a stated change that make it an average, not the change
      # between the two levels before it (由 1120 件增加到 1430 件，年均增长 8.5%). Read by the rule
      # change-matches-levels: a change with one of these in the six units before it is not checked
      # against the levels. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      平均
      年均
      每年
      """#
    ),
    (
      "light-verbs",
      #"""
      # light-verbs.txt: verbs and words that carry little meaning at the start of a figure's clause
      # (举办, 开展, 组织开展, 各类, 拟 …). Read by QuantityExtractor: they are cut from the front
      # of what was counted (举办培训12场: the subject is 培训). Longer entries are tried first
      # (组织开展 before 组织). See also scope-words.txt.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      举办
      共有
      力争
      发行
      召开
      各种
      各类
      各项
      同时
      安排
      完成
      实现
      开展
      拟
      拟发行
      拟安排
      确保
      组织
      组织开展
      要
      达到
      预计
      """#
    ),
    (
      "making-verbs",
      #"""
      # making-verbs.txt: verbs of making or getting things (建成, 新增, 获评 …) that may stand right
      # before a count whose counted thing follows it (建成3个驿站: the subject is 驿站, not 建成).
      # Read by QuantityExtractor together with commitment-verbs.txt (entries of 2 to 4 characters).
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      上线
      举办
      亮相
      入选
      创建
      培育
      培训
      完成
      实施
      实现
      布局
      建成
      建设
      开工
      开通
      引进
      成为
      成立
      打造
      推出
      新培育
      新增
      新建
      新开工
      新认定
      消除
      签约
      纳入
      组建
      获得
      获批
      获评
      落地
      落户
      认定
      设立
      评选
      达到
      进入
      选树
      """#
    ),
    (
      "may-exceed-rates",
      #"""
      # may-exceed-rates.txt: names of rates that may pass 100% or be negative: growth (增长率, 增幅),
      # completion against a plan (完成率) and ratios of two different things (负债率, 贡献率,
      # 拨备覆盖率). Read by the rule impossible-value: a percentage whose subject ends in one of these
      # is not checked, even when the name also ends in a share (拨备覆盖率 ends in 覆盖率,
      # share-rates.txt). The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      产出率
      产销率
      倍率
      出栏率
      利润率
      利率
      功率
      变化率
      周转率
      回报率
      增幅
      增速
      增长率
      完成率
      执行率
      拨备覆盖率
      换手率
      收益率
      效率
      杠杆率
      概率
      比率
      汇率
      涨幅
      溢价率
      税率
      繁殖率
      自给率
      覆盖倍数
      负债率
      贡献率
      赔付率
      达产率
      达成率
      速率
      频率
      """#
    ),
    (
      "meeting-words",
      #"""
      # meeting-words.txt: names of meetings that follow a session written in Chinese numerals
      # (十一届十次全会, 三次全体会议). Read by QuantityExtractor: a Chinese-numeral count right
      # before one names a session, not a figure.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      中全会
      代表大会
      会议
      全会
      全体会议
      """#
    ),
    (
      "metric-aliases",
      #"""
      # metric-aliases.txt: normalizes the names of target / outcome metrics in 政府工作报告.
      # Columns (TAB separated): canonical<TAB>alias
      #   canonical  the normalized metric name (every canonical also maps to itself)
      #   alias      a wording found in reports (State Council 2011-2026 主要预期目标 passages,
      #              provincial 2026 reports); match the longest alias first
      #              (地区生产总值增长 before 地区生产总值).
      # Each alias belongs to exactly one canonical.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一般公共预算支出	一般公共预算支出
      一般公共预算支出	全国一般公共预算支出
      一般公共预算支出	财政支出
      一般公共预算收入增长	一般公共预算收入
      一般公共预算收入增长	一般公共预算收入增长
      一般公共预算收入增长	全国一般公共预算收入
      一般公共预算收入增长	地方一般公共预算收入
      一般公共预算收入增长	地方一般公共预算收入增长
      一般公共预算收入增长	财政收入增长
      主要污染物排放量减少	主要污染物排放
      主要污染物排放量减少	主要污染物排放量
      主要污染物排放量减少	主要污染物排放量减少
      主要污染物排放量减少	主要污染物排放量继续下降
      人均预期寿命	人均预期寿命
      人均预期寿命	居民人均预期寿命
      全员劳动生产率	全员劳动生产率
      农村居民人均可支配收入增长	农村居民人均可支配收入
      农村居民人均可支配收入增长	农村居民人均可支配收入增长
      农村居民人均可支配收入增长	农村居民人均纯收入
      农村居民人均可支配收入增长	农村常住居民人均可支配收入
      农村居民人均可支配收入增长	农民人均纯收入
      农村贫困人口减少	农村贫困人口减少
      农村贫困人口减少	农村贫困人口脱贫
      农村贫困人口减少	减少农村贫困人口
      农村贫困人口减少	贫困人口减少
      农村贫困人口减少	贫困人口脱贫
      减税降费	减税降费
      减税降费	减税降费规模
      减税降费	新增减税降费
      制造业增加值占比	制造业增加值占比
      制造业增加值占比	制造业增加值比重
      单位国内生产总值二氧化碳排放降低	单位国内生产总值二氧化碳排放下降
      单位国内生产总值二氧化碳排放降低	单位国内生产总值二氧化碳排放降低
      单位国内生产总值二氧化碳排放降低	单位地区生产总值二氧化碳排放下降
      单位国内生产总值二氧化碳排放降低	单位地区生产总值二氧化碳排放降低
      单位国内生产总值二氧化碳排放降低	单位生产总值二氧化碳排放下降
      单位国内生产总值二氧化碳排放降低	单位生产总值二氧化碳排放量下降
      单位国内生产总值二氧化碳排放降低	碳排放强度下降
      单位国内生产总值二氧化碳排放降低	碳排放强度降低
      单位国内生产总值能耗降低	单位GDP能耗下降
      单位国内生产总值能耗降低	单位GDP能耗降低
      单位国内生产总值能耗降低	单位GDP能耗降幅
      单位国内生产总值能耗降低	单位国内生产总值能耗下降
      单位国内生产总值能耗降低	单位国内生产总值能耗降低
      单位国内生产总值能耗降低	单位国内生产总值能耗降幅
      单位国内生产总值能耗降低	单位地区生产总值能耗下降
      单位国内生产总值能耗降低	单位地区生产总值能耗降低
      单位国内生产总值能耗降低	单位生产总值能耗下降
      单位国内生产总值能耗降低	能耗强度下降
      单位国内生产总值能耗降低	能耗强度降低
      固定资产投资增长	全社会固定资产投资
      固定资产投资增长	固定资产投资
      固定资产投资增长	固定资产投资增长
      国内生产总值增长	GDP增速
      国内生产总值增长	GDP增长
      国内生产总值增长	全区地区生产总值增长
      国内生产总值增长	全县地区生产总值增长
      国内生产总值增长	全市地区生产总值增长
      国内生产总值增长	全市生产总值增长
      国内生产总值增长	全省地区生产总值增长
      国内生产总值增长	全省生产总值增长
      国内生产总值增长	国内生产总值
      国内生产总值增长	国内生产总值增速
      国内生产总值增长	国内生产总值增长
      国内生产总值增长	地区生产总值
      国内生产总值增长	地区生产总值增速
      国内生产总值增长	地区生产总值增长
      国内生产总值增长	生产总值增长
      国内生产总值增长	经济增速
      国内生产总值增长	经济增长
      国际收支	国际收支
      国际收支	国际收支基本平衡
      国际收支	国际收支状况
      地方政府专项债券	专项债
      地方政府专项债券	专项债券
      地方政府专项债券	地方政府专项债券
      地方政府专项债券	新增专项债券
      地方政府专项债券	新增地方政府专项债券
      地表水优良水体比例	优良水体比例
      地表水优良水体比例	地表水优良水体比例
      地表水优良水体比例	地表水国控断面水质优良比例
      地表水优良水体比例	地表水水质优良比例
      城镇居民人均可支配收入增长	城镇居民人均可支配收入
      城镇居民人均可支配收入增长	城镇居民人均可支配收入增长
      城镇居民人均可支配收入增长	城镇常住居民人均可支配收入
      城镇新增就业	城镇新增就业
      城镇新增就业	城镇新增就业人数
      城镇新增就业	新增城镇就业
      城镇新增就业	新增就业
      城镇登记失业率	城镇登记失业率
      城镇登记失业率	登记失业率
      城镇调查失业率	全国城镇调查失业率
      城镇调查失业率	城镇调查失业率
      城镇调查失业率	调查失业率
      宏观杠杆率	宏观杠杆率
      实际使用外资	实际使用外资
      实际使用外资	实际利用外资
      居民人均可支配收入增长	人均可支配收入增长
      居民人均可支配收入增长	全国居民人均可支配收入
      居民人均可支配收入增长	城乡居民收入增长
      居民人均可支配收入增长	居民人均可支配收入
      居民人均可支配收入增长	居民人均可支配收入增长
      居民人均可支配收入增长	居民人均收入
      居民人均可支配收入增长	居民收入
      居民人均可支配收入增长	居民收入增长
      居民人均可支配收入增长	居民收入增长与经济增长基本同步
      居民人均可支配收入增长	居民收入增长和经济增长同步
      居民人均可支配收入增长	居民收入稳步增长
      居民消费价格涨幅	CPI
      居民消费价格涨幅	CPI涨幅
      居民消费价格涨幅	价格总水平涨幅
      居民消费价格涨幅	居民消费价格
      居民消费价格涨幅	居民消费价格上涨
      居民消费价格涨幅	居民消费价格总水平涨幅
      居民消费价格涨幅	居民消费价格指数上涨
      居民消费价格涨幅	居民消费价格指数涨幅
      居民消费价格涨幅	居民消费价格涨幅
      居民消费价格涨幅	物价总水平涨幅
      居民消费价格涨幅	物价涨幅
      常住人口城镇化率	城镇化率
      常住人口城镇化率	常住人口城镇化率
      广义货币增长	M2
      广义货币增长	M2增长
      广义货币增长	广义货币
      广义货币增长	广义货币增长
      户籍人口城镇化率	户籍人口城镇化率
      抗疫特别国债	抗疫特别国债
      数字经济核心产业增加值占比	数字经济核心产业增加值
      数字经济核心产业增加值占比	数字经济核心产业增加值占比
      数字经济核心产业增加值占比	数字经济核心产业增加值比重
      服务业增加值比重	服务业增加值占国内生产总值比重
      服务业增加值比重	服务业增加值占比
      服务业增加值比重	服务业增加值比重
      森林覆盖率	森林覆盖率
      特别国债	特别国债
      生态环境质量	生态环境质量
      生态环境质量	生态环境质量持续改善
      生态环境质量	生态环境质量明显改善
      生态环境质量	生态环境质量有新改善
      生态环境质量	生态环境质量进一步改善
      研发经费投入增长	全社会研发投入增长
      研发经费投入增长	全社会研发经费投入增长
      研发经费投入增长	研发经费投入增长
      研发经费投入强度	全社会研发投入强度
      研发经费投入强度	全社会研发经费投入强度
      研发经费投入强度	研发投入强度
      研发经费投入强度	研发经费投入强度
      研发经费投入强度	研究与试验发展经费投入强度
      社会消费品零售总额增长	消费品零售总额
      社会消费品零售总额增长	社会消费品零售总额
      社会消费品零售总额增长	社会消费品零售总额增长
      社会消费品零售总额增长	社零总额
      社会融资规模增长	社会融资规模
      社会融资规模增长	社会融资规模增长
      社会融资规模增长	社会融资规模存量增长
      空气质量优良天数比例	优良天数比例
      空气质量优良天数比例	优良天数比率
      空气质量优良天数比例	空气质量优良天数比例
      空气质量优良天数比例	空气质量优良天数比率
      粮食产量	粮食产能
      粮食产量	粮食产量
      粮食产量	粮食总产量
      粮食产量	粮食生产
      粮食播种面积	粮食播种面积
      细颗粒物平均浓度	PM2.5平均浓度
      细颗粒物平均浓度	PM2.5年均浓度
      细颗粒物平均浓度	PM2.5浓度
      细颗粒物平均浓度	细颗粒物平均浓度
      细颗粒物平均浓度	细颗粒物年均浓度
      细颗粒物平均浓度	细颗粒物浓度
      规模以上工业增加值增长	工业增加值增长
      规模以上工业增加值增长	规上工业增加值
      规模以上工业增加值增长	规上工业增加值增长
      规模以上工业增加值增长	规模以上工业增加值
      规模以上工业增加值增长	规模以上工业增加值增长
      财政赤字	全国财政赤字
      财政赤字	财政赤字
      财政赤字	赤字规模
      赤字率	财政赤字占国内生产总值的比重
      赤字率	财政赤字率
      赤字率	赤字率
      超长期特别国债	超长期特别国债
      进出口增长	外贸进出口
      进出口增长	货物贸易进出口
      进出口增长	货物进出口总额
      进出口增长	进出口
      进出口增长	进出口增长
      进出口增长	进出口总值
      进出口增长	进出口总值增长
      进出口增长	进出口总额
      进出口增长	进出口总额增长
      """#
    ),
    (
      "metric-change-endings",
      #"""
      # metric-change-endings.txt: words a target's metric may end in that make the target a change (国内生产总值增长,
      # 居民消费价格涨幅). Read by the year comparison: among the review's figures of such a metric, one
      # with a direction word (增长5.2%) is taken before a level. A list of its own, not
      # change-words.txt (direction words before a figure): 涨幅 ends a metric's name but stands before
      # no figure. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      下降
      减少
      增加
      增长
      涨幅
      降低
      """#
    ),
    (
      "metric-directions",
      #"""
      # metric-directions.txt: which way a planned figure binds, by the words of its metric.
      # Columns (TAB separated): kind<TAB>phrase
      #   kind    floor   = the figure is a least (growth, new jobs, grain output, income, a cut 下降/减少
      #                     written as a plan: 能耗下降3.4%以上, 贫困人口减少1000万以上): at or above is met
      #           ceiling = the figure is a cap (prices, unemployment, 赤字率 as a cap is an amount, see below):
      #                     at or below is met
      #           band    = the figure is a point to stay near (money and credit growth, M2 左右): within the
      #                     tolerance either side is met
      #           amount  = an amount planned or arranged (赤字规模, 专项债券, 特别国债): met when the next report
      #                     states that amount issued or arranged
      #   phrase  a word of the metric or of the plan clause; the LONGEST phrase found in a target's clause
      #           decides. A qualifier decides before any phrase: 以内/不超过/以下 make a ceiling,
      #           以上/不低于/超过 a floor.
      #   Verbs of work planned by count (新增, 改造: 棚户区改造600万套, 农村危房改造) make a floor: the
      #   count is a least to do, whichever report it is written in.
      # Extend with --lexicon (a file whose first line is `# lexicon: metric-directions`).
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      amount	专项债
      amount	专项债券
      amount	中央预算内投资
      amount	国债
      amount	政府债务
      amount	特别国债
      amount	财政赤字
      amount	赤字率
      amount	赤字规模
      band	M2
      band	广义货币
      band	社会融资规模
      ceiling	失业率
      ceiling	控制在
      ceiling	杠杆率
      ceiling	消费价格
      ceiling	物价
      ceiling	能源消费总量
      floor	下降
      floor	产量
      floor	减少
      floor	可支配收入
      floor	增加值
      floor	增长
      floor	收入
      floor	改造
      floor	新增
      floor	新增就业
      floor	脱贫
      floor	覆盖率
      floor	贫困人口
      floor	转移就业
      floor	降低
      """#
    ),
    (
      "not-quantities",
      #"""
      # not-quantities.txt: terms that contain numerals but are NOT counted quantities.
      # One term per line (single column). A term is matched as a whole term in the text;
      # the quantity extractor skips every numeral that falls inside a matched term
      # (so 三项制度, 十四五, 二十届三中全会, 一站式, 一批 yield no quantity).
      # Covers slogans and fixed formulations (两个确立, 一带一路), plan periods (十四五),
      # party congresses and plenums (二十大, 二十届三中全会, 十四届), list markers (一是, 二是),
      # words built on numeral characters (统一, 一体化, 唯一, 百姓) and hotline/metric names with digits.
      # To extend: add one term per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      12345政务服务便民热线
      12345政务服务热线
      12345热线
      4G
      5G
      6G
      C919
      G20
      PM2.5
      一业一证
      一个中国
      一个中国原则
      一中全会
      一主两翼
      一事一议
      一二三产业
      一二三产业融合
      一些
      一人一档
      一以贯之
      一件事
      一件事一次办
      一企一策
      一体
      一体化
      一刀切
      一刻钟
      一刻钟便民生活圈
      一区多园
      一卡通
      一县一策
      一号文件
      一国两制
      一大批
      一定
      一岗双责
      一带一路
      一度
      一张图
      一张网
      一张蓝图
      一张蓝图绘到底
      一律
      一户一策
      一手抓
      一批
      一把手
      一揽子
      一方面
      一是
      一村一品
      一条龙
      一样
      一核多极
      一次办
      一次性
      一江一河
      一波三折
      一流
      一流大学
      一流学科
      一盘棋
      一直
      一码通
      一票否决
      一窗受理
      一窗通办
      一站式
      一系列
      一线
      一网协同
      一网统管
      一网通办
      一老一小
      一致
      一致性
      一致性评价
      一般
      一般公共预算
      一般性
      一般性转移支付
      一要
      一视同仁
      一贯
      一起
      一道
      七中全会
      七是
      万一
      万众
      万众一心
      万众创新
      三个代表
      三中全会
      三五成群
      三保
      三公
      三公经费
      三农
      三北
      三北工程
      三医协同
      三医联动
      三去一降一补
      三峡
      三年行动
      三年行动计划
      三是
      三网融合
      三要
      三资
      三项制度
      下一代
      下一步
      下一阶段
      世界一流
      两不愁三保障
      两个一百年
      两个大局
      两个市场
      两个毫不动摇
      两个确立
      两个结合
      两个维护
      两会
      两位数
      两委
      两学一做
      两山
      两岸
      两岸关系
      两岸同胞
      两新
      两新组织
      两用
      两种资源
      两翼
      两重
      两院
      两院院士
      两难
      两难多难
      两高
      中央一号文件
      中央八项规定
      之一
      九二共识
      九是
      二中全会
      二十大
      二十届
      二十届一中全会
      二十届七中全会
      二十届三中全会
      二十届二中全会
      二十届五中全会
      二十届六中全会
      二十届历次全会
      二十届四中全会
      二手车
      二是
      二氧化硫
      二氧化碳
      二要
      五个中心
      五个新城
      五中全会
      五位一体
      五是
      五篇大文章
      五险一金
      亿万人民
      亿万群众
      党的二十大
      党的十八大
      全国两会
      全国统一大市场
      八八战略
      八是
      八项规定
      六中全会
      六保
      六是
      六稳
      共建一带一路
      军民两用
      动态清零
      十一五
      十一届
      十七大
      十七届
      十万火急
      十三五
      十三届
      十九大
      十九届
      十九届一中全会
      十九届七中全会
      十九届三中全会
      十九届二中全会
      十九届五中全会
      十九届六中全会
      十九届历次全会
      十九届四中全会
      十二五
      十二届
      十五五
      十五届
      十八大
      十八届
      十八届一中全会
      十八届七中全会
      十八届三中全会
      十八届二中全会
      十八届五中全会
      十八届六中全会
      十八届四中全会
      十六五
      十六大
      十六届
      十分
      十四五
      十四届
      十四届全国人大
      十四届全国政协
      十年禁渔
      十是
      千万工程
      千千万万
      千家万户
      千方百计
      千行百业
      半导体
      单一
      双一流
      双下降
      双减
      双创
      双向
      双城经济圈
      双循环
      双拥
      双控
      双控制度
      双碳
      双赢
      双边
      双重
      双随机一公开
      双高计划
      另一方面
      同一
      唯一
      四下基层
      四个全面
      四个意识
      四个自信
      四中全会
      四是
      四链融合
      四风
      多元
      多元化
      多层次
      多方
      多样
      多样化
      多渠道
      多种
      年轻一代
      新一代
      新一代信息技术
      新一轮
      最后一公里
      最多跑一次
      村两委
      法治建设第一责任人
      清零
      珠三角
      百业
      百千万工程
      百姓
      百年变局
      百年未有之大变局
      百花齐放
      祖国统一
      第一
      第一个百年奋斗目标
      第一动力
      第一方阵
      第一梯队
      第一生产力
      第一要务
      第一责任人
      第一资源
      第七次全国人口普查
      第三支柱
      第三方
      第二个百年奋斗目标
      第二轮土地承包
      第十五个五年规划
      第十四个五年规划
      第四次全国文物普查
      约法三章
      统一
      统一大市场
      老百姓
      进一步
      金融五篇大文章
      长三角
      长江十年禁渔
      集中统一
      零售
      零基预算
      零工
      零碳
      零部件
      高度一致
      高效办成一件事
      """#
    ),
    (
      "occurrence-units",
      #"""
      # occurrence-units.txt: units naming one occurrence of an event (场次, 场, 次). Read by the comparison
      # of measurable commitments: a review count in one of these answers a plan counted in another
      # (普法活动15次 answers 不少于12场次); other units must be equal. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      场
      场次
      次
      """#
    ),
    (
      "ordinal-words",
      #"""
      # ordinal-words.txt: words opening an item of a plan by its place in a list (首先, 其次, 最后), as
      # 一是 … 十是 do. Read by StatementExtractor: a commitment verb is looked for after one, and the
      # comparison cuts it from a commitment or problem before matching it. Only where the item begins;
      # the order does not matter (no word begins another).
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      其次
      再次
      最后
      首先
      """#
    ),
    (
      "outcome-words",
      #"""
      # outcome-words.txt: words by which a review says a target was met (完成, 实现 …) or not met
      # (没有完成, 未实现 …). Read by the year comparison: a review clause naming a target's metric
      # and 目标 (任务, 预算, 要求) with one of these is the review's own verdict on a target it gives
      # no figure for, and a clause right after a figure that says its 目标 was not met is a verdict
      # on that figure. Not-done words are looked for first (未完成 holds 完成).
      # Three columns: done or not-done, a tab, the priority (1 first), a tab, the word. The word
      # quoted in the verdict is the first found by priority, and within one priority in the order
      # of this file (sorted): a longer word before the word it holds (超额完成 before 完成).
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      done	1	全面完成
      done	1	超额完成
      done	2	完成
      done	3	实现
      done	4	达到
      done	5	符合
      done	6	范围内
      not-done	1	未完成
      not-done	1	未实现
      not-done	1	未能完成
      not-done	1	未能实现
      not-done	1	未达到
      not-done	1	没有完成
      not-done	1	没有实现
      not-done	1	没有达到
      """#
    ),
    (
      "per-head-words",
      #"""
      # per-head-words.txt: words in a figure's subject that make it per head or an average (人均 GDP,
      # 户均收入, 平均工资); 均衡 is none. Read by QuantityExtractor, which marks such a figure when it
      # reads it (as it does a subject holding 每: 每千人口托位数); rules relating counts (parts within
      # a total, rates from counts, changes from last year's levels) leave marked figures out. A unit
      # every word holds (均) lets most subjects be passed over at one look; a word without it works
      # too. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      亩均
      人均
      件均
      单均
      地均
      平均
      年均
      床均
      户均
      日均
      月均
      生均
      """#
    ),
    (
      "plan-leads",
      #"""
      # plan-leads.txt: words that may open a plan clause before what it names (今年, 力争,
      # 确保, 要, 将 …). Read by StatementExtractor: they are stripped before a plan clause's
      # metric is named (今年国内生产总值增长 → 国内生产总值增长), and a clause whose words
      # before its figure are only these and a short verb takes the sentence's metric.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      也
      今年
      但
      全年
      再
      力争
      同时
      将
      并
      把
      拟
      确保
      而
      要
      """#
    ),
    (
      "plan-markers",
      #"""
      # plan-markers.txt: words that make a sentence of a plan part plan its figures (拟, 预期,
      # 安排, 要, 将 …). Read by StatementExtractor for plan clauses outside the target list:
      # a sentence holding one plans (unless it looks back), and a clause holding one plans
      # its figure even without a commitment verb.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      今年
      力争
      发行
      安排
      将
      拟
      目标
      确保
      要
      计划
      预期
      """#
    ),
    (
      "plan-openers",
      #"""
      # plan-openers.txt: words that open a sentence that plans (要…, 将…, 推进…, 今年…).
      # Read by DocumentParser: a part whose title names no role takes the role of its sentences,
      # plans when sentences opening with one of these words (or naming the plan year) prevail.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      今年
      健全
      全面
      加快
      坚持
      将
      强化
      持续
      推进
      深入
      着力
      要
      """#
    ),
    (
      "plan-period-words",
      #"""
      # plan-period-words.txt: words that name a plan period (五年, “十五五”, 规划, 纲要).
      # Read by StatementExtractor: a target list whose lead-in or part title names one (and not the
      # plan year) sets yearly averages over the period, not targets for the year.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      五年
      十一五
      十三五
      十二五
      十五五
      十四五
      纲要
      规划
      """#
    ),
    (
      "plan-year-words",
      #"""
      # plan-year-words.txt: words naming the plan year without its number (今年, 明年). Read by
      # StatementExtractor: a target list whose lead-in or part title holds one (or the plan year,
      # 2025年) sets this year's targets, not a plan period's. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      今年
      明年
      """#
    ),
    (
      "problem-markers",
      #"""
      # problem-markers.txt: phrases that mark an admission of a problem or shortcoming
      # (有待进一步提高, 还不够, 仍然存在, 短板, 滞后 ...). One phrase per line (single column).
      # Matched as substrings of a sentence; a match flags the sentence as a problem statement.
      # To extend: add one phrase per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      不严格
      不作为
      不健全
      不充分
      不到位
      不及时
      不够
      不够健全
      不够到位
      不够完善
      不够强
      不够深入
      不够高
      不完善
      不容忽视
      不平衡
      不强
      不相适应
      不规范
      不足
      不适应
      不高
      乱作为
      亟待
      亟待解决
      亟需
      仍存在
      仍然存在
      仍然较大
      作风不实
      依然存在
      偏低
      偏少
      偏弱
      凭习惯
      凭经验
      单一
      压力加大
      压力较大
      发展不平衡不充分
      困难和挑战
      困难和问题
      存在不足
      存在差距
      存在短板
      尚存在
      差距
      弱项
      慢作为
      挑战和困难
      有差距
      有待加强
      有待完善
      有待提升
      有待提高
      有待改进
      有待进一步加强
      有待进一步完善
      有待进一步提升
      有待进一步提高
      欠缺
      比较薄弱
      淡薄
      滞后
      相对滞后
      相对薄弱
      矛盾突出
      短板
      短板弱项
      落实不到位
      薄弱
      薄弱环节
      认识不足
      较大差距
      还不够
      还存在
      还需加强
      问题和困难
      问题和挑战
      问题突出
      隐患较多
      需要进一步
      """#
    ),
    (
      "promise-markers",
      #"""
      # promise-markers.txt: words that make a sentence outside the plan parts a promise (下一步…, 将继续…);
      # the commitment is read from the end of the first marker on. Read by StatementExtractor (commitments) and by
      # DocumentParser (a paragraph opening with one plans; a part whose title holds one and names no role plans).
      # One marker per line (single column). A marker must promise on its own: single characters (将, 拟, 要)
      # and words that also open reviews or plain statements (今年, 全年, 年内, 继续, 进一步, 确保, 必须)
      # would turn every such sentence into a commitment; they were listed here before this file was read,
      # never took effect, and were left out when it became the source of truth.
      # To extend: add one marker per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      下一步
      下一阶段
      下步
      下阶段
      今后
      力争
      将全面
      将加快
      将持续
      将着力
      将继续
      将进一步
      新一年
      新的一年
      明年
      来年
      计划
      """#
    ),
    (
      "proportion-words",
      #"""
      # proportion-words.txt: words ending the subject of a percentage that is a share of a whole
      # (新能源装机达 4091 万千瓦、占比达 44.7%: 占比; 比重, 比例). Read by the rule rate-matches-counts:
      # such a percentage is checked against the figure before it and the whole before that, as a
      # rate in 率 is. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      占比
      比例
      比重
      """#
    ),
    (
      "rest-words",
      #"""
      # rest-words.txt: words opening the name of the part that holds the rest (其他纠纷 40 起,
      # 其余 8.1 万人). Read by the rule parts-within-total: when the last part after 其中 opens with
      # one, the parts are all of the total, so their sum must equal it. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      其他
      其余
      其它
      剩余
      另有
      """#
    ),
    (
      "review-period-words",
      #"""
      # review-period-words.txt: words naming a period longer than the year under review (五年,
      # 十三五 …). Read by the year comparison: a paragraph opening with one of them (五年来, 过去五年,
      # “十三五”时期), or a part titled with one (过去五年工作回顾), speaks of the period, so its figures
      # are not the year's outcomes unless it names the year. The order does not matter. Also read by
      # DocumentParser: a top-level title naming one is no plain review of the year (过去五年工作回顾).
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      五年
      十一五
      十三五
      十二五
      十五五
      十四五
      """#
    ),
    (
      "review-words",
      #"""
      # review-words.txt: words that make a sentence look back (去年, 完成, 同比 …).
      # Read by DocumentParser: a part whose title names no role takes the role of its sentences,
      # review when sentences holding one of these words (or naming the review year) prevail.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      去年
      取得
      同比
      完成
      实现
      比上年
      过去一年
      过去五年
      """#
    ),
    (
      "review-year-words",
      #"""
      # review-year-words.txt: words naming the year under review without its number (去年, 过去一年,
      # 一年来). Read by the year comparison: a review sentence holding one (or the year's number, 2024年)
      # speaks of the year, even in a paragraph or part about a longer period (review-period-words.txt),
      # so its figures may answer the year's targets; and among a metric's review figures, one right
      # after such a word (降到去年的1.5%) is taken first. Not last-year-words.txt: there 去年 names the
      # year before the one a figure is for. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一年来
      去年
      过去一年
      """#
    ),
    (
      "rule-words",
      #"""
      # rule-words.txt: deontic modals that make a plan a rule of practice rather than an action
      # (涉法事项须经法律顾问审查后方可决定; 重大决策一律经合法性审查; 不得先决策后审查).
      # Read by the comparer: the next review follows a rule when it states the practice as fact
      # (会前均经司法所合法性审查), with or without the plan's verb; an action needs its verb or a
      # synonym of it in the review sentence. Grammar words, not phrases of reports.
      # Extend with --lexicon (a file whose first line is `# lexicon: rule-words`).
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一律
      不得
      严禁
      务必
      必须
      方可
      须
      """#
    ),
    (
      "scope-words",
      #"""
      # scope-words.txt: words at the start of a figure's clause that limit its scope (全年, 全镇,
      # 累计, 线上 …). Read by QuantityExtractor: they are cut from the front of what was counted
      # and reported as the figure's scope (共, 共计, 总共 and 其中 are cut but not reported).
      # Longer entries are tried first (共计 before 共). See also light-verbs.txt.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      今年
      全乡
      全区
      全县
      全国
      全市
      全年
      全省
      全街道
      全镇
      共
      共计
      其中
      去年
      年内
      总共
      累计
      线上
      线下
      """#
    ),
    (
      "section-roles",
      #"""
      # section-roles.txt: phrases that identify what a report section is for.
      # Columns (TAB separated): role<TAB>phrase
      #   role    review | problems | leaders | suggestions | plans | targets | other
      #           review = work done and results; problems = admitted shortcomings;
      #           leaders = how the principal leaders fulfilled their duties (法治 reports);
      #           suggestions = opinions/suggestions to higher levels; plans = next year / five-year
      #           tasks and arrangements; targets = overall requirements, policy orientation and
      #           main expected targets for the year.
      #   phrase  a substring matched against the section title after its numbering
      #           (一、 （二） ## etc.) is removed; when several phrases match one title,
      #           the LONGEST matching phrase decides the role.
      # Titles of the corpus (seed 法治 report, State Council 2011-2026, provincial 2026) all resolve
      # to the intended role under longest-match; check a new phrase against existing titles.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      leaders	主要负责人履职
      leaders	主要负责人履行
      leaders	党政主要负责人
      leaders	履职情况
      leaders	履行推进法治建设第一责任人职责
      leaders	履行职责情况
      leaders	第一责任人
      leaders	第一责任人职责
      leaders	述法
      other	名词解释
      other	附件
      other	附表
      plans	下一步
      plans	主要任务
      plans	主要工作任务
      plans	主要工作安排
      plans	主要工作打算
      plans	主要工作计划
      plans	主要目标与重点任务
      plans	主要目标任务
      plans	主要目标和任务
      plans	主要目标和重大任务
      plans	主要考虑
      plans	五年规划
      plans	今后五年
      plans	今后工作
      plans	努力方向
      plans	发展目标任务
      plans	奋力谱写
      plans	宏观政策实施力度
      plans	工作任务
      plans	工作安排
      plans	工作安排和打算
      plans	工作思路
      plans	工作打算
      plans	工作计划
      plans	工作设想
      plans	工作重点
      plans	年的工作
      plans	开好局
      plans	总体要求和目标任务
      plans	扩大内需战略
      plans	推向纵深
      plans	改进措施
      plans	政府工作任务
      plans	政府工作的建议
      plans	政府治理
      plans	政府自身建设
      plans	整改措施
      plans	明年工作
      plans	更高水平对外开放
      plans	服务型政府
      plans	民生改善和社会建设
      plans	激发市场主体活力
      plans	目标任务和重大举措
      plans	社会事业改革发展
      plans	稳定增长和结构优化
      plans	脱贫攻坚目标
      plans	规划纲要
      plans	重点任务
      plans	重点工作
      plans	重点工作安排
      problems	不足
      problems	不足之处
      problems	不足和问题
      problems	主要问题
      problems	困难和挑战
      problems	困难和问题
      problems	存在的不足
      problems	存在的主要问题
      problems	存在的问题
      problems	存在问题
      problems	差距
      problems	短板
      problems	薄弱环节
      problems	问题与不足
      problems	问题和不足
      problems	问题和困难
      problems	问题和挑战
      review	主要做法
      review	主要工作
      review	主要工作及成效
      review	主要工作和成效
      review	主要成效
      review	主要成绩
      review	主要进展
      review	发展成就
      review	取得成效
      review	取得新进展
      review	取得的成效
      review	取得的成绩
      review	回顾
      review	基本情况
      review	完成情况
      review	工作及成效
      review	工作回顾
      review	工作开展情况
      review	工作总结
      review	工作情况
      review	工作成效
      review	工作成果
      review	建设情况
      review	总体情况
      review	成效显著
      review	推进情况
      review	新成效
      review	落实情况
      review	进展情况
      suggestions	对策建议
      suggestions	工作建议
      suggestions	建议
      suggestions	意见和建议
      suggestions	意见建议
      suggestions	有关建议
      suggestions	相关建议
      targets	主要目标和下一阶段工作总体部署
      targets	主要预期目标
      targets	宏观经济政策
      targets	工作总体部署
      targets	总体思路
      targets	总体要求
      targets	总体要求和政策取向
      targets	总体部署
      targets	指导思想
      targets	政策取向
      targets	预期目标
      """#
    ),
    (
      "series-change-asides",
      #"""
      # series-change-asides.txt: words between a year's level and its stated change that make the change
      # something other than the plain ratio of the two years' levels: a yearly average (年均), or a
      # change in real or comparable terms (实际增长, 按可比价格). Read by the comparison's year series: such
      # a change is not set against the levels the reports give. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      可比
      实际
      年均
      """#
    ),
    (
      "share-rates",
      #"""
      # share-rates.txt: names of rates that are shares of a whole (结案率, 覆盖率, 占比, 满意度). Read by
      # the rule impossible-value: a percentage whose subject ends in one of these cannot pass 100% or be
      # negative, and is reported as an error when it does (any other name in 率 only as a warning). 完成率
      # is not one: a plan can be over-fulfilled. A name that may pass 100% (may-exceed-rates.txt) wins
      # over the share it ends with. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      上线率
      入学率
      公开率
      准确率
      到位率
      办理率
      办结率
      化解率
      占比
      参与率
      参保率
      及时率
      受理率
      可办率
      合格率
      回访率
      处置率
      失业率
      好评率
      审查率
      就业率
      成功率
      接种率
      普及率
      比重
      满意度
      满意率
      知晓率
      签约率
      结案率
      覆盖率
      调解率
      达标率
      通过率
      """#
    ),
    (
      "stop-words",
      #"""
      # stop-words.txt: function words and report boilerplate ignored when texts are compared
      # by similarity (the tokens themselves, not substrings). One word per line (single column).
      # Includes particles and conjunctions (的, 和, 与), pronouns (我们, 我镇), generic verbs and
      # intensity words that appear in every report (推进, 加强, 进一步, 切实), time words (今年, 全年)
      # and boilerplate (工作, 报告如下, 各位代表).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      一些
      一定
      一年来
      一批
      一方面
      一是
      一系列
      三是
      上年
      下一步
      不仅
      不够
      不断
      不是
      与
      且
      个
      为
      为了
      主要
      之
      之一
      也
      也是
      了
      二是
      于
      五是
      今后
      今年
      仍
      从
      以
      以上
      以下
      以及
      会
      但
      但是
      使
      例如
      充分
      全区
      全县
      全市
      全年
      全省
      全镇
      全面
      关于
      其
      其中
      其他
      再
      切实
      则
      加强
      努力
      包括
      即
      去年
      又
      及
      取得
      另一方面
      另外
      可
      可以
      各
      各位代表
      各地
      各种
      各类
      各级
      各项
      各项工作
      同志们
      同时
      向
      和
      四是
      因此
      围绕
      在
      坚持
      大力
      如
      如下
      实现
      对
      对于
      将
      尤其是
      就
      就是
      工作
      工作中
      左右
      已
      已经
      年
      年度
      并
      并且
      应
      应当
      应该
      建立
      开展
      当前
      形成
      很
      很大
      必须
      情况
      我们
      我区
      我县
      我国
      我市
      我省
      我镇
      或
      或者
      所
      所以
      所有
      扎实
      把
      报告如下
      持续
      按照
      推动
      推进
      提升
      提高
      方式
      方面
      方面工作
      无
      日
      明年
      是
      更
      更加
      更好
      曾
      最
      月
      有
      有关
      有关工作
      有效
      根据
      次
      正在
      此
      此外
      每
      比较
      没有
      深入
      特别是
      现将
      由
      由于
      的
      目前
      相关
      相关工作
      着
      着力
      积极
      等
      等等
      给
      继续
      而
      而且
      而是
      能
      能够
      若
      落实
      被
      要
      认真
      让
      该
      较
      较为
      过
      还
      还是
      这
      这个
      这些
      这样
      进一步
      进行
      通过
      那
      那些
      都
      重点
      重要
      问题
      随着
      需要
      项
      """#
    ),
    (
      "subject-adverbs",
      #"""
      # subject-adverbs.txt: adverbs in 地 at the start of what stands before a figure (准确地公开
      # 政府信息120条: 准确地). Read by QuantityExtractor: one is stepped over at the start of a
      # figure's subject (the longest that matches), so the subject is what was done or counted.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      不断地
      主动地
      依法地
      充分地
      全面地
      准确地
      切实地
      及时地
      大力地
      扎实地
      持续地
      有序地
      有效地
      深入地
      积极地
      稳妥地
      稳步地
      """#
    ),
    (
      "subject-comparisons",
      #"""
      # subject-comparisons.txt: comparisons with the year before that end what a figure counts
      # (预算比上年减少 5%: the subject is 预算). Read by QuantityExtractor, which cuts the
      # subject where one of these begins (a word that begins with an entry is covered by it).
      # Why two lists: year-on-year-words.txt, read by the rules and the comparison, holds more
      # (较上年, 比上一年 …); cutting subjects at those too would change the subjects the
      # extractor reports, so each caller keeps the set it has always used. To unify, move the
      # entries here and check the subjects on the corpus (Tests/identity.sh).
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      同比
      比上年
      比上年度
      比去年
      """#
    ),
    (
      "subject-trailers",
      #"""
      # subject-trailers.txt: joining words at the end of what stands before a figure (参训人员达到300人次:
      # 达到; 分别为, 控制在, 累计, 为). Read by QuantityExtractor: they are cut from the end of a figure's
      # subject, again and again while one ends it, the longest first (保持在 before 在), so the
      # order of this file does not matter. 分别 (分别为) also marks a subject of several items
      # (A、B增加值分别增长8.9%、7.7%): that word is the scan's and stays in code.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      为
      了
      保持在
      共
      分别
      分别为
      在
      平均
      年均
      拟按
      按
      控制在
      是
      稳定在
      突破
      累计
      约
      要
      要稳定
      达
      达到
      """#
    ),
    (
      "synonyms",
      #"""
      # synonyms.txt: words that say the same thing in a report's plan and in next year's review,
      # each mapped to the word that stands for its group (开展 for 举办/组织, 增加 for 扩充/培育,
      # 稳定 for 平稳). compare matches a plan against the review, and one problem against another,
      # with each word read as its group's word. Words and near-synonyms of the language, not phrases
      # of any report.
      # Columns (TAB separated): word standing for the group<TAB>synonym
      # Extend with --lexicon (a file whose first line is `# lexicon: synonyms`).
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      人员	力量
      人员	队伍
      化解	调处
      培训	轮训
      增加	充实
      增加	壮大
      增加	扩充
      增加	扩大
      增加	新增
      完善	健全
      审查	审核
      审查	把关
      宣传	宣教
      宣传	宣讲
      开展	举办
      开展	举行
      开展	组织
      开展	组织开展
      意识	理念
      意识	观念
      提高	增强
      提高	提升
      改进	改善
      方式	形式
      方式	方法
      普法	法制宣传
      普法	法治宣传
      稳定	安定
      稳定	平稳
      考试	测试
      落实	实施
      落实	执行
      落实	推行
      """#
    ),
    (
      "undone-words",
      #"""
      # undone-words.txt: words saying work was not done or was put off (未, 没有, 推迟, 延期). Read by
      # the comparison of deadline aims (6月底前完成清单梳理): a review sentence answering the aim that holds
      # one of these says the aim was not met. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      延期
      推迟
      未
      没有
      """#
    ),
    (
      "units",
      #"""
      # units.txt: measure words, classifiers and units that follow a number in reports.
      # Columns (TAB separated): unit<TAB>category<TAB>factor<TAB>base
      #   unit      the string written right after the number (万人, 亿元, 个百分点, %)
      #   category  events | persons | documents | cases | money | area | mass | length | volume | share (成 半 折: tenths, halves, discounts) | permyriad | ordinal (not a count: 周年, 号线) |
      #             energy | percent | permille | points | households | items | time | other
      #   factor    integer multiplier that converts the unit to base (万元 -> 10000 元; 万亿斤 -> 1000000000000 斤)
      #   base      the base unit string the value is expressed in after conversion
      # Scaled forms (万人, 亿元, 万千瓦 ...) are listed explicitly; the extractor should prefer the
      # longest unit that matches after the number (万人次 before 万人 before 万).
      # time units are meant as durations (3 个月, 5 天), not dates.
      # To extend: add one row per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      %	percent	1	%
      ‰	permille	1	‰
      ‱	permyriad	1	‱
      万个	items	10000	个
      万亩	area	10000	亩
      万人	persons	10000	人
      万人次	persons	10000	人次
      万亿元	money	1000000000000	元
      万亿千瓦时	energy	1000000000000	千瓦时
      万亿斤	mass	1000000000000	斤
      万亿美元	money	1000000000000	美元
      万件	documents	10000	件
      万件次	cases	10000	件次
      万份	documents	10000	份
      万例	cases	10000	例
      万元	money	10000	元
      万公里	length	10000	公里
      万公顷	area	10000	公顷
      万册	documents	10000	册
      万千瓦	energy	10000	千瓦
      万千瓦时	energy	10000	千瓦时
      万升	volume	10000	升
      万台	items	10000	台
      万名	persons	10000	名
      万吨	mass	10000	吨
      万吨标准煤	mass	10000	吨标准煤
      万场	events	10000	场
      万场次	events	10000	场次
      万处	items	10000	处
      万头	items	10000	头
      万套	items	10000	套
      万宗	cases	10000	宗
      万家	items	10000	家
      万平方公里	area	10000	平方公里
      万平方米	area	10000	平方米
      万座	items	10000	座
      万张	items	10000	张
      万户	households	10000	户
      万户次	households	10000	户次
      万所	items	10000	所
      万批次	events	10000	批次
      万斤	mass	10000	斤
      万期	events	10000	期
      万条	documents	10000	条
      万架次	events	10000	架次
      万标准箱	items	10000	标准箱
      万标箱	items	10000	标准箱
      万棵	items	10000	棵
      万次	events	10000	次
      万种	items	10000	种
      万立方米	volume	10000	立方米
      万美元	money	10000	美元
      万艘	items	10000	艘
      万起	cases	10000	起
      万车次	events	10000	车次
      万辆	items	10000	辆
      万项	items	10000	项
      个	items	1	个
      个工作日	time	1	工作日
      个月	time	1	个月
      个百分点	points	1	个百分点
      亩	area	1	亩
      人	persons	1	人
      人次	persons	1	人次
      亿个	items	100000000	个
      亿亩	area	100000000	亩
      亿人	persons	100000000	人
      亿人次	persons	100000000	人次
      亿元	money	100000000	元
      亿千瓦	energy	100000000	千瓦
      亿千瓦时	energy	100000000	千瓦时
      亿吨	mass	100000000	吨
      亿吨标准煤	mass	100000000	吨标准煤
      亿平方米	area	100000000	平方米
      亿户	households	100000000	户
      亿斤	mass	100000000	斤
      亿欧元	money	100000000	欧元
      亿立方米	volume	100000000	立方米
      亿美元	money	100000000	美元
      件	documents	1	件
      件次	cases	1	件次
      份	documents	1	份
      位	persons	1	位
      例	cases	1	例
      倍	other	1	倍
      元	money	1	元
      兆瓦	energy	1000	千瓦
      公斤	mass	1	公斤
      公里	length	1	公里
      公顷	area	1	公顷
      册	documents	1	册
      分钟	time	1	分钟
      列	items	1	列
      十万人	persons	100000	人
      十万元	money	100000	元
      十亿元	money	1000000000	元
      千万人	persons	10000000	人
      千万元	money	10000000	元
      千人	persons	1000	人
      千亿元	money	100000000000	元
      千元	money	1000	元
      千克	mass	1	公斤
      千公里	length	1000	公里
      千瓦	energy	1	千瓦
      千瓦时	energy	1	千瓦时
      千米	length	1	公里
      升	volume	1	升
      半	share	50	%
      卷	documents	1	卷
      厘米	length	1	厘米
      口	items	1	口
      只	items	1	只
      台	items	1	台
      号线	ordinal	1	号线
      吉瓦	energy	1000000	千瓦
      名	persons	1	名
      吨	mass	1	吨
      吨标准煤	mass	1	吨标准煤
      周	time	1	周
      周岁	other	1	岁
      周年	ordinal	1	周年
      场	events	1	场
      场次	events	1	场次
      块	items	1	块
      处	items	1	处
      天	time	1	天
      头	items	1	头
      套	items	1	套
      学时	events	1	学时
      宗	cases	1	宗
      家	items	1	家
      家次	events	1	家次
      小时	time	1	小时
      届	events	1	届
      岁	other	1	岁
      工作日	time	1	工作日
      平方公里	area	1	平方公里
      平方米	area	1	平方米
      年	time	1	年
      床	items	1	床
      度	energy	1	千瓦时
      座	items	1	座
      张	items	1	张
      微克/立方米	other	1	微克/立方米
      成	share	10	%
      户	households	1	户
      户次	households	1	户次
      所	items	1	所
      批	items	1	批
      批次	events	1	批次
      折	share	10	%
      支	items	1	支
      斤	mass	1	斤
      日	time	1	天
      期	events	1	期
      本	documents	1	本
      条	documents	1	条
      架	items	1	架
      架次	events	1	架次
      标准箱	items	1	标准箱
      标箱	items	1	标准箱
      栋	items	1	栋
      株	items	1	株
      棵	items	1	棵
      次	events	1	次
      次/秒	other	1	次/秒
      欧元	money	1	欧元
      款	items	1	款
      毫米	length	1	毫米
      班次	events	1	班次
      百万人	persons	1000000	人
      百万元	money	1000000	元
      百亿元	money	10000000000	元
      百元	money	100	元
      百分点	points	1	个百分点
      种	items	1	种
      秒	time	1	秒
      立方米	volume	1	立方米
      篇	documents	1	篇
      米	length	1	米
      类	items	1	类
      美元	money	1	美元
      艘	items	1	艘
      艘次	events	1	艘次
      课时	events	1	课时
      起	cases	1	起
      车次	events	1	车次
      轮	events	1	轮
      辆	items	1	辆
      部	documents	1	部
      门	items	1	门
      间	items	1	间
      项	items	1	项
      颗	items	1	颗
      ％	percent	1	%
      """#
    ),
    (
      "verdict-aims",
      #"""
      # verdict-aims.txt: words naming what a figure was held against (要求, 目标, 预期). Read by the
      # year comparison: the clause right after a review figure that holds one of these and says it was
      # met (verdict-openers.txt) or not met (the not-done rows of outcome-words.txt) is the review's own
      # verdict on that figure (符合预期, 没有完成目标). The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      目标
      要求
      预期
      """#
    ),
    (
      "verdict-openers",
      #"""
      # verdict-openers.txt: words opening the clause after a review figure that say the figure met what
      # it was held against (符合预期, 实现目标, 完成年度任务). Read by the year comparison, with
      # verdict-aims.txt: the clause must also name the aim. The order does not matter.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      完成
      实现
      符合
      """#
    ),
    (
      "year-on-year-words",
      #"""
      # year-on-year-words.txt: words that tie a stated change to the year before (同比增长,
      # 比上年下降, 较上一年 …). Read by the rule change-matches-last-year (a change whose
      # last-year level follows it: 同比增长 6.0%（上年 232 起）) and by the year comparison
      # (a change stated against last year). Why two lists: subject-comparisons.txt, read by
      # QuantityExtractor where a counted subject ends, holds fewer; see its header.
      # One word per line (single column).
      # To extend: add one word per line in the data block below, keep it sorted
      # (LC_ALL=C sort), no duplicates, no trailing spaces, no comment lines below the header.

      同比
      比上一年
      比上年
      比去年
      较上一年
      较上年
      较去年
      """#
    ),
  ]
}
