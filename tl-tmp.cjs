const {spawn}=require('child_process'); const t=Date.now(); const c=spawn(process.argv[2],process.argv.slice(3)); 
const on=d=>String(d).split('\n').filter(Boolean).forEach(l=>console.log(Date.now()-t, l.slice(0,100))); c.stdout.on('data',on); c.stderr.on('data',on); c.on('close',()=>console.log(Date.now()-t,'exit'));
