/* Snowball french stemmer for coursebook's search. Generated from rust-stemmers 1.2.0
   (src/snowball/algorithms/french.rs) by tests/browser/tools/stemmers-from-rust.mjs: do not edit.
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
["col",-1,-1],
["par",-1,-1],
["tap",-1,-1]
];
var A_1=[
["",-1,4],
["I",0,1],
["U",0,2],
["Y",0,3]
];
var A_2=[
["iqU",-1,3],
["abl",-1,3],
["Ièr",-1,4],
["ièr",-1,4],
["eus",-1,2],
["iv",-1,1]
];
var A_3=[
["ic",-1,2],
["abil",-1,1],
["iv",-1,3]
];
var A_4=[
["iqUe",-1,1],
["atrice",-1,2],
["ance",-1,1],
["ence",-1,5],
["logie",-1,3],
["able",-1,1],
["isme",-1,1],
["euse",-1,11],
["iste",-1,1],
["ive",-1,8],
["if",-1,8],
["usion",-1,4],
["ation",-1,2],
["ution",-1,4],
["ateur",-1,2],
["iqUes",-1,1],
["atrices",-1,2],
["ances",-1,1],
["ences",-1,5],
["logies",-1,3],
["ables",-1,1],
["ismes",-1,1],
["euses",-1,11],
["istes",-1,1],
["ives",-1,8],
["ifs",-1,8],
["usions",-1,4],
["ations",-1,2],
["utions",-1,4],
["ateurs",-1,2],
["ments",-1,15],
["ements",30,6],
["issements",31,12],
["ités",-1,7],
["ment",-1,15],
["ement",34,6],
["issement",35,12],
["amment",34,13],
["emment",34,14],
["aux",-1,10],
["eaux",39,9],
["eux",-1,1],
["ité",-1,7]
];
var A_5=[
["ira",-1,1],
["ie",-1,1],
["isse",-1,1],
["issante",-1,1],
["i",-1,1],
["irai",4,1],
["ir",-1,1],
["iras",-1,1],
["ies",-1,1],
["îmes",-1,1],
["isses",-1,1],
["issantes",-1,1],
["îtes",-1,1],
["is",-1,1],
["irais",13,1],
["issais",13,1],
["irions",-1,1],
["issions",-1,1],
["irons",-1,1],
["issons",-1,1],
["issants",-1,1],
["it",-1,1],
["irait",21,1],
["issait",21,1],
["issant",-1,1],
["iraIent",-1,1],
["issaIent",-1,1],
["irent",-1,1],
["issent",-1,1],
["iront",-1,1],
["ît",-1,1],
["iriez",-1,1],
["issiez",-1,1],
["irez",-1,1],
["issez",-1,1]
];
var A_6=[
["a",-1,3],
["era",0,2],
["asse",-1,3],
["ante",-1,3],
["ée",-1,2],
["ai",-1,3],
["erai",5,2],
["er",-1,2],
["as",-1,3],
["eras",8,2],
["âmes",-1,3],
["asses",-1,3],
["antes",-1,3],
["âtes",-1,3],
["ées",-1,2],
["ais",-1,3],
["erais",15,2],
["ions",-1,1],
["erions",17,2],
["assions",17,3],
["erons",-1,2],
["ants",-1,3],
["és",-1,2],
["ait",-1,3],
["erait",23,2],
["ant",-1,3],
["aIent",-1,3],
["eraIent",26,2],
["èrent",-1,2],
["assent",-1,3],
["eront",-1,2],
["ât",-1,3],
["ez",-1,2],
["iez",32,2],
["eriez",33,2],
["assiez",33,3],
["erez",32,2],
["é",-1,2]
];
var A_7=[
["e",-1,3],
["Ière",0,2],
["ière",0,2],
["ion",-1,1],
["Ier",-1,2],
["ier",-1,2],
["ë",-1,4]
];
var A_8=[
["ell",-1,-1],
["eill",-1,-1],
["enn",-1,-1],
["onn",-1,-1],
["ett",-1,-1]
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,128,130,103,8,5];
var G_keep_with_s=[1,65,20,0,0,0,0,0,0,0,0,0,0,0,0,0,128];
function r_prelude(env,context){
replab0:while(true){
var v_1=env.cursor;
lab1:for(var f1=0,n1=1;f1<n1;f1++){
golab2:while(true){
var v_2=env.cursor;
lab3:while(true){
lab4:while(true){
var v_3=env.cursor;
lab5:while(true){
if(!env.in_grouping(G_v, 97, 251)){
break lab5;
}
env.bra=env.cursor;
lab6:while(true){
var v_4=env.cursor;
lab7:while(true){
if(!env.eq_s("u")){
break lab7;
}
env.ket=env.cursor;
if(!env.in_grouping(G_v, 97, 251)){
break lab7;
}
if(!env.slice_from("U")){
return false;
}
break lab6;
}
env.cursor=v_4;
lab8:while(true){
if(!env.eq_s("i")){
break lab8;
}
env.ket=env.cursor;
if(!env.in_grouping(G_v, 97, 251)){
break lab8;
}
if(!env.slice_from("I")){
return false;
}
break lab6;
}
env.cursor=v_4;
if(!env.eq_s("y")){
break lab5;
}
env.ket=env.cursor;
if(!env.slice_from("Y")){
return false;
}
break lab6;
}
break lab4;
}
env.cursor=v_3;
lab9:while(true){
env.bra=env.cursor;
if(!env.eq_s("y")){
break lab9;
}
env.ket=env.cursor;
if(!env.in_grouping(G_v, 97, 251)){
break lab9;
}
if(!env.slice_from("Y")){
return false;
}
break lab4;
}
env.cursor=v_3;
if(!env.eq_s("q")){
break lab3;
}
env.bra=env.cursor;
if(!env.eq_s("u")){
break lab3;
}
env.ket=env.cursor;
if(!env.slice_from("U")){
return false;
}
break lab4;
}
env.cursor=v_2;
break golab2;
}
env.cursor=v_2;
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
function r_mark_regions(env,context){
context.i_pV=env.limit;
context.i_p1=env.limit;
context.i_p2=env.limit;
var v_1=env.cursor;
lab0:while(true){
lab1:while(true){
var v_2=env.cursor;
lab2:while(true){
if(!env.in_grouping(G_v, 97, 251)){
break lab2;
}
if(!env.in_grouping(G_v, 97, 251)){
break lab2;
}
if(env.cursor >= env.limit){
break lab2;
}
env.next_char();
break lab1;
}
env.cursor=v_2;
lab3:while(true){
if(env.find_among(A_0, context) == 0){
break lab3;
}
break lab1;
}
env.cursor=v_2;
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
golab4:while(true){
lab5:while(true){
if(!env.in_grouping(G_v, 97, 251)){
break lab5;
}
break golab4;
}
if(env.cursor >= env.limit){
break lab0;
}
env.next_char();
}
break lab1;
}
context.i_pV=env.cursor;
break lab0;
}
env.cursor=v_1;
var v_4=env.cursor;
lab6:while(true){
golab7:while(true){
lab8:while(true){
if(!env.in_grouping(G_v, 97, 251)){
break lab8;
}
break golab7;
}
if(env.cursor >= env.limit){
break lab6;
}
env.next_char();
}
golab9:while(true){
lab10:while(true){
if(!env.out_grouping(G_v, 97, 251)){
break lab10;
}
break golab9;
}
if(env.cursor >= env.limit){
break lab6;
}
env.next_char();
}
context.i_p1=env.cursor;
golab11:while(true){
lab12:while(true){
if(!env.in_grouping(G_v, 97, 251)){
break lab12;
}
break golab11;
}
if(env.cursor >= env.limit){
break lab6;
}
env.next_char();
}
golab13:while(true){
lab14:while(true){
if(!env.out_grouping(G_v, 97, 251)){
break lab14;
}
break golab13;
}
if(env.cursor >= env.limit){
break lab6;
}
env.next_char();
}
context.i_p2=env.cursor;
break lab6;
}
env.cursor=v_4;
return true;
}
function r_postlude(env,context){
var among_var;
replab0:while(true){
var v_1=env.cursor;
lab1:for(var f2=0,n2=1;f2<n2;f2++){
env.bra=env.cursor;
among_var=env.find_among(A_1, context);
if(among_var == 0){
break lab1;
}
env.ket=env.cursor;
if(among_var == 0){
break lab1;
}else if(among_var == 1){
if(!env.slice_from("i")){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("u")){
return false;
}
}else if(among_var == 3){
if(!env.slice_from("y")){
return false;
}
}else if(among_var == 4){
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
function r_standard_suffix(env,context){
var among_var;
env.ket=env.cursor;
among_var=env.find_among_b(A_4, context);
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
lab1:while(true){
var v_2=env.limit - env.cursor;
lab2:while(true){
if(!r_R2(env, context)){
break lab2;
}
if(!env.slice_del()){
return false;
}
break lab1;
}
env.cursor=env.limit - v_2;
if(!env.slice_from("iqU")){
return false;
}
break lab1;
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
if(!env.slice_from("ent")){
return false;
}
}else if(among_var == 6){
if(!r_RV(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_3=env.limit - env.cursor;
lab3:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_2, context);
if(among_var == 0){
env.cursor=env.limit - v_3;
break lab3;
}
env.bra=env.cursor;
if(among_var == 0){
env.cursor=env.limit - v_3;
break lab3;
}else if(among_var == 1){
if(!r_R2(env, context)){
env.cursor=env.limit - v_3;
break lab3;
}
if(!env.slice_del()){
return false;
}
env.ket=env.cursor;
if(!env.eq_s_b("at")){
env.cursor=env.limit - v_3;
break lab3;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
env.cursor=env.limit - v_3;
break lab3;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
lab4:while(true){
var v_4=env.limit - env.cursor;
lab5:while(true){
if(!r_R2(env, context)){
break lab5;
}
if(!env.slice_del()){
return false;
}
break lab4;
}
env.cursor=env.limit - v_4;
if(!r_R1(env, context)){
env.cursor=env.limit - v_3;
break lab3;
}
if(!env.slice_from("eux")){
return false;
}
break lab4;
}
}else if(among_var == 3){
if(!r_R2(env, context)){
env.cursor=env.limit - v_3;
break lab3;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 4){
if(!r_RV(env, context)){
env.cursor=env.limit - v_3;
break lab3;
}
if(!env.slice_from("i")){
return false;
}
}
break lab3;
}
}else if(among_var == 7){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_5=env.limit - env.cursor;
lab6:while(true){
env.ket=env.cursor;
among_var=env.find_among_b(A_3, context);
if(among_var == 0){
env.cursor=env.limit - v_5;
break lab6;
}
env.bra=env.cursor;
if(among_var == 0){
env.cursor=env.limit - v_5;
break lab6;
}else if(among_var == 1){
lab7:while(true){
var v_6=env.limit - env.cursor;
lab8:while(true){
if(!r_R2(env, context)){
break lab8;
}
if(!env.slice_del()){
return false;
}
break lab7;
}
env.cursor=env.limit - v_6;
if(!env.slice_from("abl")){
return false;
}
break lab7;
}
}else if(among_var == 2){
lab9:while(true){
var v_7=env.limit - env.cursor;
lab10:while(true){
if(!r_R2(env, context)){
break lab10;
}
if(!env.slice_del()){
return false;
}
break lab9;
}
env.cursor=env.limit - v_7;
if(!env.slice_from("iqU")){
return false;
}
break lab9;
}
}else if(among_var == 3){
if(!r_R2(env, context)){
env.cursor=env.limit - v_5;
break lab6;
}
if(!env.slice_del()){
return false;
}
}
break lab6;
}
}else if(among_var == 8){
if(!r_R2(env, context)){
return false;
}
if(!env.slice_del()){
return false;
}
var v_8=env.limit - env.cursor;
lab11:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("at")){
env.cursor=env.limit - v_8;
break lab11;
}
env.bra=env.cursor;
if(!r_R2(env, context)){
env.cursor=env.limit - v_8;
break lab11;
}
if(!env.slice_del()){
return false;
}
env.ket=env.cursor;
if(!env.eq_s_b("ic")){
env.cursor=env.limit - v_8;
break lab11;
}
env.bra=env.cursor;
lab12:while(true){
var v_9=env.limit - env.cursor;
lab13:while(true){
if(!r_R2(env, context)){
break lab13;
}
if(!env.slice_del()){
return false;
}
break lab12;
}
env.cursor=env.limit - v_9;
if(!env.slice_from("iqU")){
return false;
}
break lab12;
}
break lab11;
}
}else if(among_var == 9){
if(!env.slice_from("eau")){
return false;
}
}else if(among_var == 10){
if(!r_R1(env, context)){
return false;
}
if(!env.slice_from("al")){
return false;
}
}else if(among_var == 11){
lab14:while(true){
var v_10=env.limit - env.cursor;
lab15:while(true){
if(!r_R2(env, context)){
break lab15;
}
if(!env.slice_del()){
return false;
}
break lab14;
}
env.cursor=env.limit - v_10;
if(!r_R1(env, context)){
return false;
}
if(!env.slice_from("eux")){
return false;
}
break lab14;
}
}else if(among_var == 12){
if(!r_R1(env, context)){
return false;
}
if(!env.out_grouping_b(G_v, 97, 251)){
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 13){
if(!r_RV(env, context)){
return false;
}
if(!env.slice_from("ant")){
return false;
}
return false;
}else if(among_var == 14){
if(!r_RV(env, context)){
return false;
}
if(!env.slice_from("ent")){
return false;
}
return false;
}else if(among_var == 15){
var v_11=env.limit - env.cursor;
if(!env.in_grouping_b(G_v, 97, 251)){
return false;
}
if(!r_RV(env, context)){
return false;
}
env.cursor=env.limit - v_11;
if(!env.slice_del()){
return false;
}
return false;
}
return true;
}
function r_i_verb_suffix(env,context){
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
among_var=env.find_among_b(A_5, context);
if(among_var == 0){
env.limit_backward=v_2;
return false;
}
env.bra=env.cursor;
if(among_var == 0){
env.limit_backward=v_2;
return false;
}else if(among_var == 1){
if(!env.out_grouping_b(G_v, 97, 251)){
env.limit_backward=v_2;
return false;
}
if(!env.slice_del()){
return false;
}
}
env.limit_backward=v_2;
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
among_var=env.find_among_b(A_6, context);
if(among_var == 0){
env.limit_backward=v_2;
return false;
}
env.bra=env.cursor;
if(among_var == 0){
env.limit_backward=v_2;
return false;
}else if(among_var == 1){
if(!r_R2(env, context)){
env.limit_backward=v_2;
return false;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_del()){
return false;
}
}else if(among_var == 3){
if(!env.slice_del()){
return false;
}
var v_3=env.limit - env.cursor;
lab0:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("e")){
env.cursor=env.limit - v_3;
break lab0;
}
env.bra=env.cursor;
if(!env.slice_del()){
return false;
}
break lab0;
}
}
env.limit_backward=v_2;
return true;
}
function r_residual_suffix(env,context){
var among_var;
var v_1=env.limit - env.cursor;
lab0:while(true){
env.ket=env.cursor;
if(!env.eq_s_b("s")){
env.cursor=env.limit - v_1;
break lab0;
}
env.bra=env.cursor;
var v_2=env.limit - env.cursor;
if(!env.out_grouping_b(G_keep_with_s, 97, 232)){
env.cursor=env.limit - v_1;
break lab0;
}
env.cursor=env.limit - v_2;
if(!env.slice_del()){
return false;
}
break lab0;
}
var v_3=env.limit - env.cursor;
if(env.cursor < context.i_pV){
return false;
}
env.cursor=context.i_pV;
var v_4=env.limit_backward;
env.limit_backward=env.cursor;
env.cursor=env.limit - v_3;
env.ket=env.cursor;
among_var=env.find_among_b(A_7, context);
if(among_var == 0){
env.limit_backward=v_4;
return false;
}
env.bra=env.cursor;
if(among_var == 0){
env.limit_backward=v_4;
return false;
}else if(among_var == 1){
if(!r_R2(env, context)){
env.limit_backward=v_4;
return false;
}
lab1:while(true){
var v_5=env.limit - env.cursor;
lab2:while(true){
if(!env.eq_s_b("s")){
break lab2;
}
break lab1;
}
env.cursor=env.limit - v_5;
if(!env.eq_s_b("t")){
env.limit_backward=v_4;
return false;
}
break lab1;
}
if(!env.slice_del()){
return false;
}
}else if(among_var == 2){
if(!env.slice_from("i")){
return false;
}
}else if(among_var == 3){
if(!env.slice_del()){
return false;
}
}else if(among_var == 4){
if(!env.eq_s_b("gu")){
env.limit_backward=v_4;
return false;
}
if(!env.slice_del()){
return false;
}
}
env.limit_backward=v_4;
return true;
}
function r_un_double(env,context){
var v_1=env.limit - env.cursor;
if(env.find_among_b(A_8, context) == 0){
return false;
}
env.cursor=env.limit - v_1;
env.ket=env.cursor;
if(env.cursor <= env.limit_backward){
return false;
}
env.previous_char();
env.bra=env.cursor;
if(!env.slice_del()){
return false;
}
return true;
}
function r_un_accent(env,context){
var v_1=1;
replab0:while(true){
lab1:for(var f3=0,n3=1;f3<n3;f3++){
if(!env.out_grouping_b(G_v, 97, 251)){
break lab1;
}
v_1-=1;
continue replab0;
}
break replab0;
}
if(v_1 > 0){
return false;
}
env.ket=env.cursor;
lab2:while(true){
var v_3=env.limit - env.cursor;
lab3:while(true){
if(!env.eq_s_b("\u{00E9}")){
break lab3;
}
break lab2;
}
env.cursor=env.limit - v_3;
if(!env.eq_s_b("\u{00E8}")){
return false;
}
break lab2;
}
env.bra=env.cursor;
if(!env.slice_from("e")){
return false;
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
if(!r_prelude(env, context)){
break lab0;
}
break lab0;
}
env.cursor=v_1;
var v_2=env.cursor;
lab1:while(true){
if(!r_mark_regions(env, context)){
break lab1;
}
break lab1;
}
env.cursor=v_2;
env.limit_backward=env.cursor;
env.cursor=env.limit;
var v_3=env.limit - env.cursor;
lab2:while(true){
lab3:while(true){
var v_4=env.limit - env.cursor;
lab4:while(true){
var v_5=env.limit - env.cursor;
lab5:while(true){
var v_6=env.limit - env.cursor;
lab6:while(true){
if(!r_standard_suffix(env, context)){
break lab6;
}
break lab5;
}
env.cursor=env.limit - v_6;
lab7:while(true){
if(!r_i_verb_suffix(env, context)){
break lab7;
}
break lab5;
}
env.cursor=env.limit - v_6;
if(!r_verb_suffix(env, context)){
break lab4;
}
break lab5;
}
env.cursor=env.limit - v_5;
var v_7=env.limit - env.cursor;
lab8:while(true){
env.ket=env.cursor;
lab9:while(true){
var v_8=env.limit - env.cursor;
lab10:while(true){
if(!env.eq_s_b("Y")){
break lab10;
}
env.bra=env.cursor;
if(!env.slice_from("i")){
return false;
}
break lab9;
}
env.cursor=env.limit - v_8;
if(!env.eq_s_b("\u{00E7}")){
env.cursor=env.limit - v_7;
break lab8;
}
env.bra=env.cursor;
if(!env.slice_from("c")){
return false;
}
break lab9;
}
break lab8;
}
break lab3;
}
env.cursor=env.limit - v_4;
if(!r_residual_suffix(env, context)){
break lab2;
}
break lab3;
}
break lab2;
}
env.cursor=env.limit - v_3;
var v_9=env.limit - env.cursor;
lab11:while(true){
if(!r_un_double(env, context)){
break lab11;
}
break lab11;
}
env.cursor=env.limit - v_9;
var v_10=env.limit - env.cursor;
lab12:while(true){
if(!r_un_accent(env, context)){
break lab12;
}
break lab12;
}
env.cursor=env.limit - v_10;
env.cursor=env.limit_backward;
var v_11=env.cursor;
lab13:while(true){
if(!r_postlude(env, context)){
break lab13;
}
break lab13;
}
env.cursor=v_11;
return true;
}
(root.CoursebookStemmers=root.CoursebookStemmers||{})["fr"]=function(w){var env=new Env(w);stem(env);return env.current;};
})(this);
