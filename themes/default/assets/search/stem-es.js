/* Snowball spanish stemmer for coursebook's search. Generated from rust-stemmers 1.2.0
   (src/snowball/algorithms/spanish.rs) by tests/browser/tools/stemmers-from-rust.mjs: do not edit.
   Snowball algorithms: BSD-3-Clause, rust-stemmers: MIT; see LICENSE-snowball.txt beside this file. */
(function(root){"use strict";
function Env(s){this.current=s;this.cursor=0;this.limit=s.length;this.limit_backward=0;this.bra=0;this.ket=s.length;}
var P=Env.prototype;
P.len=function(){return this.current.length;};
P.replace_s=function(bra,ket,s){var adj=s.length-(ket-bra);this.current=this.current.slice(0,bra)+s+this.current.slice(ket);this.limit+=adj;if(this.cursor>=ket)this.cursor+=adj;else if(this.cursor>bra)this.cursor=bra;return adj;};
P.eq_s=function(s){if(this.cursor>=this.limit)return false;if(this.current.substr(this.cursor,s.length)===s){this.cursor+=s.length;return true;}return false;};
P.eq_s_b=function(s){if(this.cursor-this.limit_backward<s.length)return false;if(this.current.substr(this.cursor-s.length,s.length)!==s)return false;this.cursor-=s.length;return true;};
P.slice_from=function(s){this.replace_s(this.bra,this.ket,s);return true;};
P.slice_del=function(){return this.slice_from("");};
P.insert=function(bra,ket,s){var adj=this.replace_s(bra,ket,s);if(bra<=this.bra)this.bra+=adj;if(bra<=this.ket)this.ket+=adj;};
P.slice_to=function(){return this.current.slice(this.bra,this.ket);};
P.next_char=function(){this.cursor++;};
P.previous_char=function(){this.cursor--;};
P.hop=function(d){return this.cursor+d;};
function bit(g,min,max,ch){if(ch>max||ch<min)return false;ch-=min;return (g[ch>>3]&(1<<(ch&7)))!==0;}
P.in_grouping=function(g,min,max){if(this.cursor>=this.limit)return false;if(!bit(g,min,max,this.current.charCodeAt(this.cursor)))return false;this.cursor++;return true;};
P.in_grouping_b=function(g,min,max){if(this.cursor<=this.limit_backward)return false;if(!bit(g,min,max,this.current.charCodeAt(this.cursor-1)))return false;this.cursor--;return true;};
P.out_grouping=function(g,min,max){if(this.cursor>=this.limit)return false;if(bit(g,min,max,this.current.charCodeAt(this.cursor)))return false;this.cursor++;return true;};
P.out_grouping_b=function(g,min,max){if(this.cursor<=this.limit_backward)return false;if(bit(g,min,max,this.current.charCodeAt(this.cursor-1)))return false;this.cursor--;return true;};
P.find_among=function(a,ctx){var i=0,j=a.length,c=this.cursor,l=this.limit,ci=0,cj=0,first=false,w,k,diff,common,x;
for(;;){k=i+((j-i)>>1);diff=0;common=ci<cj?ci:cj;w=a[k];for(x=common;x<w[0].length;x++){if(c+common===l){diff=-1;break;}diff=this.current.charCodeAt(c+common)-w[0].charCodeAt(x);if(diff!==0)break;common++;}
if(diff<0){j=k;cj=common;}else{i=k;ci=common;}if(j-i<=1){if(i>0||j===i||first)break;first=true;}}
for(;;){w=a[i];if(ci>=w[0].length){this.cursor=c+w[0].length;if(w[3]){var r=w[3](this,ctx);this.cursor=c+w[0].length;if(r)return w[2];}else return w[2];}i=w[1];if(i<0)return 0;}};
P.find_among_b=function(a,ctx){var i=0,j=a.length,c=this.cursor,lb=this.limit_backward,ci=0,cj=0,first=false,w,k,diff,common,x;
for(;;){k=i+((j-i)>>1);diff=0;common=ci<cj?ci:cj;w=a[k];for(x=w[0].length-common-1;x>=0;x--){if(c-common===lb){diff=-1;break;}diff=this.current.charCodeAt(c-common-1)-w[0].charCodeAt(x);if(diff!==0)break;common++;}
if(diff<0){j=k;cj=common;}else{i=k;ci=common;}if(j-i<=1){if(i>0||j===i||first)break;first=true;}}
for(;;){w=a[i];if(ci>=w[0].length){this.cursor=c-w[0].length;if(w[3]){var r=w[3](this,ctx);this.cursor=c-w[0].length;if(r)return w[2];}else return w[2];}i=w[1];if(i<0)return 0;}};
var A_0=[
["",-1,6],
["á",0,1],
["é",0,2],
["í",0,3],
["ó",0,4],
["ú",0,5]
];
var A_1=[
["la",-1,-1],
["sela",0,-1],
["le",-1,-1],
["me",-1,-1],
["se",-1,-1],
["lo",-1,-1],
["selo",5,-1],
["las",-1,-1],
["selas",7,-1],
["les",-1,-1],
["los",-1,-1],
["selos",10,-1],
["nos",-1,-1]
];
var A_2=[
["ando",-1,6],
["iendo",-1,6],
["yendo",-1,7],
["ándo",-1,2],
["iéndo",-1,1],
["ar",-1,6],
["er",-1,6],
["ir",-1,6],
["ár",-1,3],
["ér",-1,4],
["ír",-1,5]
];
var A_3=[
["ic",-1,-1],
["ad",-1,-1],
["os",-1,-1],
["iv",-1,1]
];
var A_4=[
["able",-1,1],
["ible",-1,1],
["ante",-1,1]
];
var A_5=[
["ic",-1,1],
["abil",-1,1],
["iv",-1,1]
];
var A_6=[
["ica",-1,1],
["ancia",-1,2],
["encia",-1,5],
["adora",-1,2],
["osa",-1,1],
["ista",-1,1],
["iva",-1,9],
["anza",-1,1],
["logía",-1,3],
["idad",-1,8],
["able",-1,1],
["ible",-1,1],
["ante",-1,2],
["mente",-1,7],
["amente",13,6],
["ación",-1,2],
["ución",-1,4],
["ico",-1,1],
["ismo",-1,1],
["oso",-1,1],
["amiento",-1,1],
["imiento",-1,1],
["ivo",-1,9],
["ador",-1,2],
["icas",-1,1],
["ancias",-1,2],
["encias",-1,5],
["adoras",-1,2],
["osas",-1,1],
["istas",-1,1],
["ivas",-1,9],
["anzas",-1,1],
["logías",-1,3],
["idades",-1,8],
["ables",-1,1],
["ibles",-1,1],
["aciones",-1,2],
["uciones",-1,4],
["adores",-1,2],
["antes",-1,2],
["icos",-1,1],
["ismos",-1,1],
["osos",-1,1],
["amientos",-1,1],
["imientos",-1,1],
["ivos",-1,9]
];
var A_7=[
["ya",-1,1],
["ye",-1,1],
["yan",-1,1],
["yen",-1,1],
["yeron",-1,1],
["yendo",-1,1],
["yo",-1,1],
["yas",-1,1],
["yes",-1,1],
["yais",-1,1],
["yamos",-1,1],
["yó",-1,1]
];
var A_8=[
["aba",-1,2],
["ada",-1,2],
["ida",-1,2],
["ara",-1,2],
["iera",-1,2],
["ía",-1,2],
["aría",5,2],
["ería",5,2],
["iría",5,2],
["ad",-1,2],
["ed",-1,2],
["id",-1,2],
["ase",-1,2],
["iese",-1,2],
["aste",-1,2],
["iste",-1,2],
["an",-1,2],
["aban",16,2],
["aran",16,2],
["ieran",16,2],
["ían",16,2],
["arían",20,2],
["erían",20,2],
["irían",20,2],
["en",-1,1],
["asen",24,2],
["iesen",24,2],
["aron",-1,2],
["ieron",-1,2],
["arán",-1,2],
["erán",-1,2],
["irán",-1,2],
["ado",-1,2],
["ido",-1,2],
["ando",-1,2],
["iendo",-1,2],
["ar",-1,2],
["er",-1,2],
["ir",-1,2],
["as",-1,2],
["abas",39,2],
["adas",39,2],
["idas",39,2],
["aras",39,2],
["ieras",39,2],
["ías",39,2],
["arías",45,2],
["erías",45,2],
["irías",45,2],
["es",-1,1],
["ases",49,2],
["ieses",49,2],
["abais",-1,2],
["arais",-1,2],
["ierais",-1,2],
["íais",-1,2],
["aríais",55,2],
["eríais",55,2],
["iríais",55,2],
["aseis",-1,2],
["ieseis",-1,2],
["asteis",-1,2],
["isteis",-1,2],
["áis",-1,2],
["éis",-1,1],
["aréis",64,2],
["eréis",64,2],
["iréis",64,2],
["ados",-1,2],
["idos",-1,2],
["amos",-1,2],
["ábamos",70,2],
["áramos",70,2],
["iéramos",70,2],
["íamos",70,2],
["aríamos",74,2],
["eríamos",74,2],
["iríamos",74,2],
["emos",-1,1],
["aremos",78,2],
["eremos",78,2],
["iremos",78,2],
["ásemos",78,2],
["iésemos",78,2],
["imos",-1,2],
["arás",-1,2],
["erás",-1,2],
["irás",-1,2],
["ís",-1,2],
["ará",-1,2],
["erá",-1,2],
["irá",-1,2],
["aré",-1,2],
["eré",-1,2],
["iré",-1,2],
["ió",-1,2]
];
var A_9=[
["a",-1,1],
["e",-1,2],
["o",-1,1],
["os",-1,1],
["á",-1,1],
["é",-1,2],
["í",-1,1],
["ó",-1,1]
];
var G_v=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,1,17,4,10];
function r_mark_regions(env,context){
context.i_pV=env.limit;
context.i_p1=env.limit;
context.i_p2=env.limit;
var v_1=env.cursor;
lab0:while(true){
lab1:while(true){
var v_2=env.cursor;
lab2:while(true){
if(!env.in_grouping(G_v, 97, 252)){
break lab2;
}
lab3:while(true){
var v_3=env.cursor;
lab4:while(true){
if(!env.out_grouping(G_v, 97, 252)){
break lab4;
}
golab5:while(true){
lab6:while(true){
if(!env.in_grouping(G_v, 97, 252)){
break lab6;
}
break golab5;
}
if(env.cursor >= env.limit){
break lab4;
}
env.next_char();
}
break lab3;
}
env.cursor=v_3;
if(!env.in_grouping(G_v, 97, 252)){
break lab2;
}
golab7:while(true){
lab8:while(true){
if(!env.out_grouping(G_v, 97, 252)){
break lab8;
}
break golab7;
}
if(env.cursor >= env.limit){
break lab2;
}
env.next_char();
}
break lab3;
}
break lab1;
}
env.cursor=v_2;
if(!env.out_grouping(G_v, 97, 252)){
break lab0;
}
lab9:while(true){
var v_6=env.cursor;
lab10:while(true){
if(!env.out_grouping(G_v, 97, 252)){
break lab10;
}
golab11:while(true){
lab12:while(true){
if(!env.in_grouping(G_v, 97, 252)){
break lab12;
}
break golab11;
}
if(env.cursor >= env.limit){
break lab10;
}
env.next_char();
}
break lab9;
}
env.cursor=v_6;
if(!env.in_grouping(G_v, 97, 252)){
break lab0;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
break lab9;
}
break lab1;
}
context.i_pV=env.cursor;
break lab0;
}
env.cursor=v_1;
var v_8=env.cursor;
lab13:while(true){
golab14:while(true){
lab15:while(true){
if(!env.in_grouping(G_v, 97, 252)){
break lab15;
}
break golab14;
}
if(env.cursor >= env.limit){
break lab13;
}
env.next_char();
}
golab16:while(true){
lab17:while(true){
if(!env.out_grouping(G_v, 97, 252)){
break lab17;
}
break golab16;
}
if(env.cursor >= env.limit){
break lab13;
}
env.next_char();
}
context.i_p1=env.cursor;
golab18:while(true){
lab19:while(true){
if(!env.in_grouping(G_v, 97, 252)){
break lab19;
}
break golab18;
}
if(env.cursor >= env.limit){
break lab13;
}
env.next_char();
}
golab20:while(true){
lab21:while(true){
if(!env.out_grouping(G_v, 97, 252)){
break lab21;
}
break golab20;
}
if(env.cursor >= env.limit){
break lab13;
}
env.next_char();
}
context.i_p2=env.cursor;
break lab13;
}
env.cursor=v_8;
return true;
}
function r_postlude(env,context){
var among_var;
replab0:while(true){
var v_1=env.cursor;
lab1:for(var f1=0,n1=1;f1<n1;f1++){
env.bra=env.cursor;
among_var=env.find_among(A_0, context);
if(among_var == 0){
break lab1;
}
env.ket=env.cursor;
if(among_var == 0){
break lab1;
}else if(among_var == 1){
if(!env.slice_from("a")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("e")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("i")){
return false;
}
}else if(among_var == 4){
if(!env.slice_from("o")){
return false;
}
}else if(among_var == 5){
if(!env.slice_from("u")){
return false;
}
}else if(among_var == 6){
if(env.cursor >= env.limit){
break lab1;
}
env.next_char();
}
continue replab0;
}
env.cursor=v_1;
break replab0;
}
return true;
}
function r_RV(env,context){
if(!(context.i_pV <= env.cursor)){
return false;
}
return true;
}
function r_R1(env,context){
if(!(context.i_p1 <= env.cursor)){
return false;
}
return true;
}
function r_R2(env,context){
if(!(context.i_p2 <= env.cursor)){
return false;
}
return true;
}
function r_attached_pronoun(env,context){
var among_var;
env.ket=env.cursor;
if(env.find_among_b(A_1, context) == 0){
return false;
}
env.bra=env.cursor;
among_var=env.find_among_b(A_2, context);
if(among_var == 0){
return false;
}
if(!r_RV(env, context)){
return false;
}
if(among_var == 0){
return false;
}else if(among_var == 1){
env.bra=env.cursor;
if(!env.slice_from("iendo")){
return false;
}
}else if(among_var == 2){
env.bra=env.cursor;
if(!env.slice_from("ando")){
return false;
}
}else if(among_var == 3){
env.bra=env.cursor;
if(!env.slice_from("ar")){
return false;
}
}else if(among_var == 4){
env.bra=env.cursor;
if(!env.slice_from("er")){
return false;
}
}else if(among_var == 5){
env.bra=env.cursor;
if(!env.slice_from("ir")){
return false;
}
}else if(among_var == 6){
if(!env.slice_del()){
return false;
}
}else if(among_var == 7){
if(!env.eq_s_b("u")){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_standard_suffix(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_6, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_1=env.limit - env.cursor;
lab0:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("ic")){
env.cursor=env.limit - v_1;
break lab0;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
env.cursor=env.limit - v_1;
break lab0;
}
if(!env.slice_del()){
return false;
}
break lab0;
}
}else if(among_var == 3){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_from("log")){
return false;
}
}else if(among_var == 4){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_from("u")){
return false;
}
}else if(among_var == 5){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_from("ente")){
return false;
}
}else if(among_var == 6){
if(!r_R1(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_2=env.limit - env.cursor;
lab1:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_3, context);
if(among_var == 0){
env.cursor=env.limit - v_2;
break lab1;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
env.cursor=env.limit - v_2;
break lab1;
}
if(!env.slice_del()){
return false;
}
if(among_var == 0){
env.cursor=env.limit - v_2;
break lab1;
}else if(among_var == 1){
env.ket=env.cursor;
if(!env.eq_s_b("at")){
env.cursor=env.limit - v_2;
break lab1;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
env.cursor=env.limit - v_2;
break lab1;
}
if(!env.slice_del()){
return false;
}
}
break lab1;
}
}else if(among_var == 7){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_3=env.limit - env.cursor;
lab2:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_4, context);
if(among_var == 0){
env.cursor=env.limit - v_3;
break lab2;
}
env.bra=env.cursor;
if(among_var == 0){
env.cursor=env.limit - v_3;
break lab2;
}else if(among_var == 1){
if(!r_R2(env, context)){
env.cursor=env.limit - v_3;
break lab2;
}
if(!env.slice_del()){
return false;
}
}
break lab2;
}
}else if(among_var == 8){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_4=env.limit - env.cursor;
lab3:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_5, context);
if(among_var == 0){
env.cursor=env.limit - v_4;
break lab3;
}
env.bra=env.cursor;
if(among_var == 0){
env.cursor=env.limit - v_4;
break lab3;
}else if(among_var == 1){
if(!r_R2(env, context)){
env.cursor=env.limit - v_4;
break lab3;
}
if(!env.slice_del()){
return false;
}
}
break lab3;
}
}else if(among_var == 9){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_5=env.limit - env.cursor;
lab4:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("at")){
env.cursor=env.limit - v_5;
break lab4;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
env.cursor=env.limit - v_5;
break lab4;
}
if(!env.slice_del()){
return false;
}
break lab4;
}
}
return true;
}
function r_y_verb_suffix(env,context){
var among_var;
var v_1=env.limit - env.cursor;
if(env.cursor < context.i_pV){
return false;
}
env.cursor=context.i_pV;
var v_2=env.limit_backward;
env.limit_backward=env.cursor;
env.cursor=env.limit - v_1;
env.ket=env.cursor;
among_var=env.find_among_b(A_7, context);
if(among_var == 0){
env.limit_backward=v_2;
return false;
}
env.bra=env.cursor;
env.limit_backward=v_2;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!env.eq_s_b("u")){
return false;
}
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_verb_suffix(env,context){
var among_var;
var v_1=env.limit - env.cursor;
if(env.cursor < context.i_pV){
return false;
}
env.cursor=context.i_pV;
var v_2=env.limit_backward;
env.limit_backward=env.cursor;
env.cursor=env.limit - v_1;
env.ket=env.cursor;
among_var=env.find_among_b(A_8, context);
if(among_var == 0){
env.limit_backward=v_2;
return false;
}
env.bra=env.cursor;
env.limit_backward=v_2;
if(among_var == 0){
return false;
}else if(among_var == 1){
var v_3=env.limit - env.cursor;
lab0:while(true){
if(!env.eq_s_b("u")){
env.cursor=env.limit - v_3;
break lab0;
}
var v_4=env.limit - env.cursor;
if(!env.eq_s_b("g")){
env.cursor=env.limit - v_3;
break lab0;
}
env.cursor=env.limit - v_4;
break lab0;
}
env.bra=env.cursor;
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_del()){
return false;
}
}
return true;
}
function r_residual_suffix(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_9, context);
if(among_var == 0){
return false;
}
env.bra=env.cursor;
if(among_var == 0){
return false;
}else if(among_var == 1){
if(!r_RV(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!r_RV(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_1=env.limit - env.cursor;
lab0:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("u")){
env.cursor=env.limit - v_1;
break lab0;
}
env.bra=env.cursor;
var v_2=env.limit - env.cursor;
if(!env.eq_s_b("g")){
env.cursor=env.limit - v_1;
break lab0;
}
env.cursor=env.limit - v_2;
if(!r_RV(env, context)){
env.cursor=env.limit - v_1;
break lab0;
}
if(!env.slice_del()){
return false;
}
break lab0;
}
}
return true;
}
function stem(env){
var context={
i_p2:0,
i_p1:0,
i_pV:0,
};
var v_1=env.cursor;
lab0:while(true){
if(!r_mark_regions(env, context)){
break lab0;
}
break lab0;
}
env.cursor=v_1;
env.limit_backward=env.cursor;
env.cursor=env.limit;
var v_2=env.limit - env.cursor;
lab1:while(true){
if(!r_attached_pronoun(env, context)){
break lab1;
}
break lab1;
}
env.cursor=env.limit - v_2;
var v_3=env.limit - env.cursor;
lab2:while(true){
lab3:while(true){
var v_4=env.limit - env.cursor;
lab4:while(true){
if(!r_standard_suffix(env, context)){
break lab4;
}
break lab3;
}
env.cursor=env.limit - v_4;
lab5:while(true){
if(!r_y_verb_suffix(env, context)){
break lab5;
}
break lab3;
}
env.cursor=env.limit - v_4;
if(!r_verb_suffix(env, context)){
break lab2;
}
break lab3;
}
break lab2;
}
env.cursor=env.limit - v_3;
var v_5=env.limit - env.cursor;
lab6:while(true){
if(!r_residual_suffix(env, context)){
break lab6;
}
break lab6;
}
env.cursor=env.limit - v_5;
env.cursor=env.limit_backward;
var v_6=env.cursor;
lab7:while(true){
if(!r_postlude(env, context)){
break lab7;
}
break lab7;
}
env.cursor=v_6;
return true;
}
(root.CoursebookStemmers=root.CoursebookStemmers||{})["es"]=function(w){var env=new Env(w);stem(env);return env.current;};
})(this);
