-- Data set of the load-order benchmark (issue 21): :rows registry-like companies of prefecture 13, generated in SQL
-- once and kept (bench21_src), so that every candidate load reads the same rows. Names are built like the search
-- benchmark's (place or surname or a kana coinage, one or two trade words, a legal form before or after), the grams
-- are the 1- and 2-grams of the matching text as int4 keys (kyoten_gram_codes, V210), about 30 per company.
\set ON_ERROR_STOP on
SELECT count(*) AS have FROM pg_tables WHERE tablename = 'bench21_src' \gset
\if :have
  SELECT count(*) AS existing FROM bench21_src \gset
  \echo bench21_src exists with :existing rows (drop it to regenerate)
\else
CREATE TABLE bench21_src AS
WITH w AS (
    SELECT string_to_array('熊本,阿蘇,肥後,天草,八代,人吉,菊池,球磨,玉名,山鹿,東京,品川,新宿,渋谷,世田谷,練馬,大田,足立,江戸川,板橋,九州,日本,中央,第一,共栄,協和,三和,大和,朝日,太陽,昭和,平成,東洋,富士,田中,山本,中村,松本,井上,緒方,坂本,村上,西田,古賀,吉田,佐藤,鈴木,高橋,渡辺,伊藤,山田,小林,加藤,山口', ',') AS first_k,
           string_to_array('クマモト,アソ,ヒゴ,アマクサ,ヤツシロ,ヒトヨシ,キクチ,クマ,タマナ,ヤマガ,トウキョウ,シナガワ,シンジュク,シブヤ,セタガヤ,ネリマ,オオタ,アダチ,エドガワ,イタバシ,キュウシュウ,ニホン,チュウオウ,ダイイチ,キョウエイ,キョウワ,サンワ,ヤマト,アサヒ,タイヨウ,ショウワ,ヘイセイ,トウヨウ,フジ,タナカ,ヤマモト,ナカムラ,マツモト,イノウエ,オガタ,サカモト,ムラカミ,ニシダ,コガ,ヨシダ,サトウ,スズキ,タカハシ,ワタナベ,イトウ,ヤマダ,コバヤシ,カトウ,ヤマグチ', ',') AS first_r,
           string_to_array('精機,工業,製作所,電機,食品,酒造,製菓,化学,印刷,鉄工,木材,電子,製薬,建設,設備,工務店,土木,電設,運輸,物流,交通,運送,商事,産業,商店,物産,販売,ファーム,農園,牧場,水産,テック,ソフト,システム,情報,通信,観光,ホテル,旅館,不動産,住宅,設計,技研,総研,介護,医療,ガス,保険,サービス,美容,学院,塾', ',') AS biz_k,
           string_to_array('セイキ,コウギョウ,セイサクショ,デンキ,ショクヒン,シュゾウ,セイカ,カガク,インサツ,テッコウ,モクザイ,デンシ,セイヤク,ケンセツ,セツビ,コウムテン,ドボク,デンセツ,ウンユ,ブツリュウ,コウツウ,ウンソウ,ショウジ,サンギョウ,ショウテン,ブッサン,ハンバイ,ファーム,ノウエン,ボクジョウ,スイサン,テック,ソフト,システム,ジョウホウ,ツウシン,カンコウ,ホテル,リョカン,フドウサン,ジュウタク,セッケイ,ギケン,ソウケン,カイゴ,イリョウ,ガス,ホケン,サービス,ビヨウ,ガクイン,ジュク', ',') AS biz_r,
           string_to_array('ア,イ,ウ,エ,オ,カ,キ,ク,ケ,コ,サ,シ,ス,セ,ソ,タ,チ,ツ,テ,ト,ナ,ニ,ノ,ハ,ヒ,フ,ホ,マ,ミ,ム,メ,モ,ヤ,ユ,ヨ,ラ,リ,ル,レ,ロ,ワ,ン,ガ,ギ,グ,ゴ,ザ,ジ,ズ,ダ,デ,ド,バ,ビ,ブ,ベ,ボ,パ,ピ,プ,ペ,ポ', ',') AS morae
), g AS (
    SELECT i,
           CASE WHEN i % 4 = 3
                THEN w.morae[1 + (hashint4(i) & 65535) % 62] || w.morae[1 + (hashint4(i + 7) & 65535) % 62]
                     || w.morae[1 + (hashint4(i + 11) & 65535) % 62] || w.morae[1 + (hashint4(i + 13) & 65535) % 62]
                ELSE NULL END AS coined,
           1 + (hashint4(i * 3) & 65535) % 54 AS f, 1 + (hashint4(i * 5) & 65535) % 52 AS b,
           1 + (hashint4(i * 7) & 65535) % 52 AS b2, (hashint4(i * 11) & 65535) % 100 AS form, w.*
      FROM generate_series(1, :rows) i, w
), n AS (
    SELECT i, coalesce(coined, first_k[f]) || biz_k[b] || CASE WHEN form % 3 = 0 THEN biz_k[b2] ELSE '' END AS core,
           coalesce(coined, first_r[f]) || biz_r[b] || CASE WHEN form % 3 = 0 THEN biz_r[b2] ELSE '' END AS core_kana,
           form
      FROM g
)
SELECT i,
       -- a valid-looking 13-digit number, unique per row (the check digit is not checked by the table)
       (1000000000000 + i * 7)::text AS corporate_number,
       CASE WHEN form < 40 THEN '株式会社' || core WHEN form < 70 THEN core || '株式会社'
            WHEN form < 85 THEN '有限会社' || core ELSE '合同会社' || core END AS name,
       core_kana AS name_kana,
       CASE WHEN form < 70 THEN '株式会社' WHEN form < 85 THEN '有限会社' ELSE '合同会社' END AS legal_form,
       lpad(((i * 37) % 900 + 100)::text, 3, '0') || '-' || lpad(((i * 91) % 10000)::text, 4, '0') AS postal_code,
       '13' AS prefecture_code,
       '131' || lpad((1 + i % 23)::text, 2, '0') AS municipality_code,
       '東京都千代田区丸の内' || (i % 9 + 1) || '丁目' || (i % 30 + 1) || '番' AS address,
       i % 50 = 0 AS closed,
       lower(core) AS name_key,
       core || ' ' || core_kana AS search_text,
       kyoten_gram_codes(array(
           SELECT DISTINCT substr(t, k, len)
             FROM (SELECT core || ' ' || core_kana AS t) x, generate_series(1, length(core || ' ' || core_kana)) k,
                  (VALUES (1), (2)) l(len)
            WHERE substr(t, k, len) NOT LIKE '% %' AND length(substr(t, k, len)) = len)) AS search_grams,
       md5(i::text) AS registry_hash
  FROM n;
ALTER TABLE bench21_src ADD PRIMARY KEY (i);
VACUUM ANALYZE bench21_src;
SELECT count(*) AS generated, avg(cardinality(search_grams))::numeric(5, 1) AS grams_per_company FROM bench21_src;
\endif
